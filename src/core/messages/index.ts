import { commonMessages } from './common.js';
import { configMessages } from './config.js';
import { doctorMessages } from './doctor.js';
import { fleetMessages } from './fleet.js';
import { monitorMessages } from './monitor.js';
import { reportMessages } from './report.js';

export const catalog = {
  ...commonMessages,
  ...configMessages,
  ...doctorMessages,
  ...fleetMessages,
  ...monitorMessages,
  ...reportMessages,
};

export type MessageKey = keyof typeof catalog;
