import { commonMessages } from './common.js';
import { fleetMessages } from './fleet.js';
import { reportMessages } from './report.js';

export const catalog = {
  ...commonMessages,
  ...fleetMessages,
  ...reportMessages,
};

export type MessageKey = keyof typeof catalog;
