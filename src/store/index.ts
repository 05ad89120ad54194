// The history store's public face: what the CLI, the tray and the console call.
export { HistoryStore, openHistoryStore, HISTORY_FILE, type HistoryStoreOptions } from './historyStore.js';
export type { HistoryQueries, HistoryEvent, TillTimeline, VersionInterval, FindingEpisode, OpenFindingAge, DayUptime, EventFilter } from './historyQueries.js';
export { storageProblemText, type StorageProblem } from './storageProblem.js';
export type { Durability } from './historyFile.js';
