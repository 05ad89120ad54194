import { alertsMessages } from './alerts.js';
import { commonMessages } from './common.js';
import { consoleMessages } from './console.js';
import { configMessages } from './config.js';
import { doctorMessages, firewallMessages, repairMessages } from './doctor.js';
import { dsnRepairMessages } from './dsnRepair.js';
import { fleetMessages } from './fleet.js';
import { historyMessages } from './history.js';
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
  ...dsnRepairMessages,
  ...fleetMessages,
  ...historyMessages,
  ...monitorMessages,
  ...preflightMessages,
  ...reportMessages,
  ...trayMessages,
  ...updateMessages,
  ...simMessages,
};

export type MessageKey = keyof typeof catalog;
