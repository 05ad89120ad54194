import { commonMessages } from './common.js';
import { fleetMessages } from './fleet.js';
import { reportMessages } from './report.js';
import { simMessages } from './sim.js';

export const catalog = {
  ...commonMessages,
  ...fleetMessages,
  ...reportMessages,
  ...simMessages,
};

export type MessageKey = keyof typeof catalog;
