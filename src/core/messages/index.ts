import { commonMessages } from './common.js';
import { configMessages } from './config.js';
import { fleetMessages } from './fleet.js';
import { historyMessages } from './history.js';
import { reportMessages } from './report.js';

export const catalog = {
  ...commonMessages,
  ...configMessages,
  ...fleetMessages,
  ...historyMessages,
  ...reportMessages,
};

export type MessageKey = keyof typeof catalog;
