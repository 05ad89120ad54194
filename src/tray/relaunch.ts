// Starting the tray again as a process of its own: after new settings, and for `tray --detach`
// (the Windows autostart entry: node.exe started from the Run key opens a console window, and
// closing that window would end the tray; the detached copy has no console at all).
import { spawn } from 'node:child_process';

/** The same Node options, script and arguments, without `--detach`. */
export function relaunchArgs(execArgv: readonly string[], argv: readonly string[]): string[] {
  return [...execArgv, ...argv.slice(1).filter((arg) => arg !== '--detach')];
}

/** Starts the copy, detached and without a window, and does not wait for it. */
export function relaunchDetached(execArgv: readonly string[] = process.execArgv, argv: readonly string[] = process.argv): void {
  spawn(process.execPath, relaunchArgs(execArgv, argv), { detached: true, windowsHide: true, stdio: 'ignore' }).unref();
}
