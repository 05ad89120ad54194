// The console's public face: what the tray and the CLI call.
export { startConsole, type ConsoleHandle, type ConsoleOptions } from './server.js';
export { liveSource, type LiveSourceOptions } from './liveSource.js';
export { openInBrowser } from './openBrowser.js';
export { runConsoleSession, writeReportFile, type ConsoleSessionOptions, type ReportOptions } from './runConsole.js';
export type { ActionOutcome, ConsoleSource } from './model.js';
