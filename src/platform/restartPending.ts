// Whether this PC waits for a restart: on Windows the three registry marks Windows itself sets
// (read with reg.exe in the 64-bit view, as the user, through the runCommand seam); on Linux the
// /var/run/reboot-required marker (Debian, Ubuntu). Elsewhere it cannot be told.
import { existsSync } from 'node:fs';
import type { RestartReason, RestartState } from '../core/preflight.js';
import { findRegValue, parseRegQueryValues } from './dsn/regQueryOutput.js';
import { runCommand as defaultRunCommand, type RunCommand } from './dsn/runCommand.js';
import { systemPrograms } from './dsn/windows.js';

/**
 * Each mark is looked for in a key that always exists (its parent, or the key holding the value), so
 * a failing reg.exe means "cannot tell" (access denied, …) and never "no restart": reg.exe's error
 * messages are translated and its exit code is 1 both for "not found" and for "access denied".
 */
export interface RestartMark {
  reason: RestartReason;
  /** The key reg.exe lists. */
  key: string;
  /** Pending when this subkey is listed under `key`… */
  subkey?: string;
  /** …or when this value of `key` is set and not empty. */
  value?: string;
}

export const RESTART_MARKS: readonly RestartMark[] = [
  {
    reason: 'componentServicing',
    key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing',
    subkey: 'RebootPending',
  },
  {
    reason: 'windowsUpdate',
    key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update',
    subkey: 'RebootRequired',
  },
  {
    reason: 'fileRename',
    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager',
    value: 'PendingFileRenameOperations',
  },
];

/** The 64-bit view: a 32-bit Node on 64-bit Windows would otherwise read WOW6432Node's copy of SOFTWARE. */
export function restartQueryArgs(mark: RestartMark): string[] {
  return ['query', mark.key, '/reg:64'];
}

export const REBOOT_REQUIRED_FILE = '/var/run/reboot-required';

export interface RestartCheckOptions {
  platform?: NodeJS.Platform;
  run?: RunCommand;
  env?: NodeJS.ProcessEnv;
  fileExists?: (path: string) => boolean;
}

export async function checkRestartPending(options: RestartCheckOptions = {}): Promise<RestartState> {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') return checkWindows(options.run ?? defaultRunCommand, options.env ?? process.env);
  // Only Debian-family systems write the marker, so its absence says nothing elsewhere.
  if (platform === 'linux' && (options.fileExists ?? existsSync)(REBOOT_REQUIRED_FILE)) {
    return { status: 'pending', reasons: ['rebootRequiredFile'] };
  }
  return { status: 'notApplicable' };
}

type MarkResult = { pending: boolean } | { unknown: string };

async function checkWindows(run: RunCommand, env: NodeJS.ProcessEnv): Promise<RestartState> {
  const reg = systemPrograms(env).reg;
  const results = await Promise.all(RESTART_MARKS.map((mark) => readMark(run, reg, mark)));
  const reasons = RESTART_MARKS.filter((_, i) => isPending(results[i]!)).map((m) => m.reason);
  if (reasons.length) return { status: 'pending', reasons };
  const unknown = results.find((r): r is { unknown: string } => 'unknown' in r);
  return unknown ? { status: 'unknown', detail: unknown.unknown } : { status: 'notPending' };
}

function isPending(result: MarkResult): boolean {
  return 'pending' in result && result.pending;
}

async function readMark(run: RunCommand, reg: string, mark: RestartMark): Promise<MarkResult> {
  const result = await run(reg, restartQueryArgs(mark));
  if (result.startError) return { unknown: `reg.exe: ${result.startError}` };
  if (result.code !== 0) return { unknown: `reg.exe: ${firstLine(result.stderr) || `exit ${result.code ?? '?'}`}` };
  if (mark.subkey !== undefined) return { pending: listsSubkey(result.stdout, mark.key, mark.subkey) };
  const value = findRegValue(parseRegQueryValues(result.stdout), mark.value!);
  // An empty REG_MULTI_SZ is left behind after the renames are done: nothing waits then.
  return { pending: value !== undefined && value.data.replace(/\\0/g, '').trim() !== '' };
}

/** reg.exe lists subkeys as full paths (HKEY_LOCAL_MACHINE\…\Name), one a line, after the values. */
function listsSubkey(stdout: string, key: string, subkey: string): boolean {
  const full = `${key.replace(/^HKLM\\/i, 'HKEY_LOCAL_MACHINE\\')}\\${subkey}`.toLowerCase();
  return stdout.split(/\r?\n/).some((line) => line.trim().toLowerCase() === full);
}

function firstLine(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';
}
