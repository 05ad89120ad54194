import { commonMessages } from './common.js';
import { consoleMessages } from './console.js';
import { configMessages } from './config.js';
import { fleetMessages } from './fleet.js';
import { reportMessages } from './report.js';

export const catalog = {
  ...commonMessages,
  ...configMessages,
  ...consoleMessages,
  ...fleetMessages,
  ...reportMessages,
};

export type MessageKey = keyof typeof catalog;
