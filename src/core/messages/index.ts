import { alertsMessages } from './alerts.js';
import { cliMessages } from './cli.js';
import { cliCommandMessages } from './cliCommands.js';
import { clientIdMessages } from './clientId.js';
import { commonMessages } from './common.js';
import { consoleMessages } from './console.js';
import { configMessages } from './config.js';
import { doctorMessages, firewallMessages, repairMessages } from './doctor.js';
import { dsnRepairMessages } from './dsnRepair.js';
import { fileMessages } from './files.js';
import { fleetMessages } from './fleet.js';
import { healthMessages } from './health.js';
import { historyMessages } from './history.js';
import { installerMessages } from './installer.js';
import { loginScriptMessages } from './loginScript.js';
import { loginMessages } from './login.js';
import { metricsMessages } from './metrics.js';
import { monitorMessages } from './monitor.js';
import { preflightMessages } from './preflight.js';
import { reportMessages } from './report.js';
import { secretMessages } from './secret.js';
import { serviceMessages } from './service.js';
import { trayMessages } from './tray.js';
import { updateMessages } from './update.js';
import { simMessages } from './sim.js';
import { sqliteMessages } from './sqlite.js';

export const catalog = {
  ...alertsMessages,
  ...cliMessages,
  ...cliCommandMessages,
  ...clientIdMessages,
  ...commonMessages,
  ...configMessages,
  ...consoleMessages,
  ...doctorMessages,
  ...firewallMessages,
  ...repairMessages,
  ...dsnRepairMessages,
  ...fileMessages,
  ...fleetMessages,
  ...healthMessages,
  ...historyMessages,
  ...installerMessages,
  ...loginScriptMessages,
  ...loginMessages,
  ...metricsMessages,
  ...monitorMessages,
  ...preflightMessages,
  ...reportMessages,
  ...secretMessages,
  ...serviceMessages,
  ...trayMessages,
  ...updateMessages,
  ...simMessages,
  ...sqliteMessages,
};

export type MessageKey = keyof typeof catalog;
