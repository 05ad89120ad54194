// The console's public face: what the CLI calls (the tray gets the page through the service's port).
export { startConsole, type ConsoleHandle, type ConsoleOptions } from './server.js';
export { serviceSource } from './serviceSource.js';
export { runConsoleSession, startServiceConsole, writeReportFile, type ConsoleSessionOptions, type ReportOptions } from './runConsole.js';
export type { ActionOutcome, ConsoleSource } from './model.js';
