// The alert policy's public API: what the tray (and anything else that notifies) calls.
export { failureWouldConfirmOutage } from './connection.js';
export { evaluateAlerts } from './evaluate.js';
export { alertHold, type HoldReason } from './hold.js';
export { snoozeUntil, type SnoozeChoice } from './clock.js';
export { alertSettingsFromConfig, defaultAlertSettings, type PollRhythm } from './settings.js';
export {
  initialAlertState,
  NOTICE_KINDS,
  type AlertClock,
  type AlertInput,
  type AlertSettings,
  type AlertState,
  type Notice,
  type NoticeKind,
  type PollInput,
} from './model.js';
