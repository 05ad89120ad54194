import { alertsMessages } from './alerts.js';
import { commonMessages } from './common.js';
import { configMessages } from './config.js';
import { fleetMessages } from './fleet.js';
import { reportMessages } from './report.js';

export const catalog = {
  ...alertsMessages,
  ...commonMessages,
  ...configMessages,
  ...fleetMessages,
  ...reportMessages,
};

export type MessageKey = keyof typeof catalog;
