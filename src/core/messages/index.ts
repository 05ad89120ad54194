import { commonMessages } from './common.js';
import { configMessages } from './config.js';
import { doctorMessages, firewallMessages, repairMessages } from './doctor.js';
import { fleetMessages } from './fleet.js';
import { monitorMessages } from './monitor.js';
import { reportMessages } from './report.js';

export const catalog = {
  ...commonMessages,
  ...configMessages,
  ...doctorMessages,
  ...firewallMessages,
  ...repairMessages,
  ...fleetMessages,
  ...monitorMessages,
  ...reportMessages,
};

export type MessageKey = keyof typeof catalog;
