import { alertsMessages } from './alerts.js';
import { commonMessages } from './common.js';
import { configMessages } from './config.js';
import { fleetMessages } from './fleet.js';
import { historyMessages } from './history.js';
import { reportMessages } from './report.js';
import { trayMessages } from './tray.js';

export const catalog = {
  ...alertsMessages,
  ...commonMessages,
  ...configMessages,
  ...fleetMessages,
  ...historyMessages,
  ...reportMessages,
  ...trayMessages,
};

export type MessageKey = keyof typeof catalog;
