import { alertsMessages } from './alerts.js';
import { commonMessages } from './common.js';
import { consoleMessages } from './console.js';
import { configMessages } from './config.js';
import { doctorMessages, firewallMessages, repairMessages } from './doctor.js';
import { fleetMessages } from './fleet.js';
import { historyMessages } from './history.js';
import { installerMessages } from './installer.js';
import { monitorMessages } from './monitor.js';
import { preflightMessages } from './preflight.js';
import { reportMessages } from './report.js';
import { trayMessages } from './tray.js';
import { updateMessages } from './update.js';
import { simMessages } from './sim.js';

export const catalog = {
  ...alertsMessages,
  ...commonMessages,
  ...configMessages,
  ...consoleMessages,
  ...doctorMessages,
  ...firewallMessages,
  ...repairMessages,
  ...fleetMessages,
  ...historyMessages,
  ...installerMessages,
  ...monitorMessages,
  ...preflightMessages,
  ...reportMessages,
  ...trayMessages,
  ...updateMessages,
  ...simMessages,
};

export type MessageKey = keyof typeof catalog;
