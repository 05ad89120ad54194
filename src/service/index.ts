// The service layer's public face: what the tray, the overview page and the CLI sit on.
export { KassavaktService, type ServiceLog, type ServiceOptions } from './kassavaktService.js';
export { PollCycle, type PollCycleOptions, type PollEvent, type PollListener, type PollRecorder } from './pollCycle.js';
export { scheduleRhythm, startSchedule, type PollTiming, type RunningSchedule } from './schedule.js';
export {
  applyRepair,
  checkSummary,
  ConnectionActions,
  readDsnServer,
  repairOutcomeText,
  repairPlan,
  repairPlanFrom,
  verifyWithDoctor,
  type ConnectionActionsOptions,
  type ConnectionCheck,
  type RepairOutcome,
  type RepairPlan,
} from './connectionActions.js';
export type { OverviewOptions, OverviewPage, StartOverview } from './overview.js';
export { attachMetrics, type AttachedMetrics, type MetricsOverrides } from './metrics/index.js';
