// Whether this PC waits for a restart: on Windows the three registry marks Windows itself sets
// (read with reg.exe in the 64-bit view, as the user); on Linux the /var/run/reboot-required marker
// (Debian, Ubuntu). Elsewhere it cannot be told.
import { existsSync } from 'node:fs';
import type { RestartReason, RestartState } from '../core/preflight.js';
import type { RunCommand } from './runCommand.js';
import { RegExe } from './windows/regExe.js';
import { findRegValue, listsSubkey } from './windows/regQueryOutput.js';

/**
 * A mark is the key reg.exe lists and what in its listing means "pending". A key that does not exist
 * sets no mark (Wine, for one, has no WindowsUpdate\Auto Update key at all); only a key that cannot be read
 * makes the answer "cannot tell".
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

const RESTART_MARKS: readonly RestartMark[] = [
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
const VIEW = '/reg:64';

export const REBOOT_REQUIRED_FILE = '/var/run/reboot-required';

export interface RestartCheckOptions {
  platform?: NodeJS.Platform;
  run?: RunCommand;
  env?: NodeJS.ProcessEnv;
  fileExists?: (path: string) => boolean;
}

export async function checkRestartPending(options: RestartCheckOptions = {}): Promise<RestartState> {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') return checkWindows(options.run, options.env ?? process.env);
  // Only Debian-family systems write the marker, so its absence says nothing elsewhere.
  if (platform === 'linux' && (options.fileExists ?? existsSync)(REBOOT_REQUIRED_FILE)) {
    return { status: 'pending', reasons: ['rebootRequiredFile'] };
  }
  return { status: 'notApplicable' };
}

type MarkResult = { pending: boolean } | { unknown: string };

async function checkWindows(run: RunCommand | undefined, env: NodeJS.ProcessEnv): Promise<RestartState> {
  const reg = new RegExe(run, env);
  const results = await Promise.all(RESTART_MARKS.map((mark) => readMark(reg, mark)));
  const reasons = RESTART_MARKS.filter((_, i) => isPending(results[i]!)).map((m) => m.reason);
  if (reasons.length) return { status: 'pending', reasons };
  const unknown = results.find((r): r is { unknown: string } => 'unknown' in r);
  return unknown ? { status: 'unknown', detail: unknown.unknown } : { status: 'notPending' };
}

function isPending(result: MarkResult): boolean {
  return 'pending' in result && result.pending;
}

async function readMark(reg: RegExe, mark: RestartMark): Promise<MarkResult> {
  const key = await reg.query(mark.key, VIEW);
  if (key.state === 'absent') return { pending: false };
  if (key.state === 'unreadable') return { unknown: key.detail };
  if (mark.subkey !== undefined) return { pending: listsSubkey(key.listing, mark.subkey) };
  const value = findRegValue(key.listing.values, mark.value!);
  // An empty REG_MULTI_SZ is left behind after the renames are done: nothing waits then.
  return { pending: value !== undefined && value.data.replace(/\\0/g, '').trim() !== '' };
}
