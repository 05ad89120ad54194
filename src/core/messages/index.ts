import { commonMessages } from './common.js';
import { fleetMessages } from './fleet.js';
import { reportMessages } from './report.js';
import { updateMessages } from './update.js';

export const catalog = {
  ...commonMessages,
  ...fleetMessages,
  ...reportMessages,
  ...updateMessages,
};

export type MessageKey = keyof typeof catalog;
