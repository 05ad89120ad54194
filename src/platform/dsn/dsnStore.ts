// One interface over the places an ODBC DSN lives: the Windows registry (32-bit System DSN) and
// unixODBC's odbc.ini. The repair logic above it does not know which one it talks to, nor which keys
// its driver reads: each back-end works out where its driver will connect and which keys to change.
import { formatServerString, type ServerAddress, type ServerStringProblem } from '../../core/serverString.js';

export const DEFAULT_DSN_NAME = 'Nutid - PC Kassa';

/** Values of a DSN's keys by key name; null: the key is absent (in a change: remove it). */
export type DsnValues = Readonly<Record<string, string | null>>;

/** Where the DSN's driver will connect, worked out from every key that decides it. */
export type DsnTarget =
  /**
   * `named`: the server the Server value names when other keys send the driver elsewhere (a Port key
   * hiding its instance, a client alias): not where it connects, but a hint where the main till is.
   */
  | { kind: 'server'; server: ServerAddress; named?: ServerAddress }
  /** No key names a server. */
  | { kind: 'none' }
  /** The deciding key's value is no server address (or port) the driver could use. */
  | { kind: 'invalid'; key: string; value: string; problem: ServerStringProblem }
  /** Decided by something Kassavakt neither reads nor edits (freetds.conf, an Address value, a client alias). */
  | { kind: 'elsewhere'; key: string; value: string };

export interface DsnReading {
  /** Where it was read, for messages and the backup record (registry key or file path). */
  location: string;
  /** The keys a repair may change, with their values now: what a backup records and undo compares. */
  values: DsnValues;
  target: DsnTarget;
}

/** Why a DSN operation failed, as a code; the front ends word it through the catalog. */
export type DsnFailure =
  | 'DSN_NOT_FOUND'
  | 'ACCESS_DENIED'
  | 'CANCELLED'
  | 'COMMAND_FAILED'
  | 'VERIFY_FAILED'
  | 'INVALID_SERVER'
  | 'NO_BACKUP'
  | 'CHANGED_SINCE'
  | 'NOT_REPAIRABLE'
  | 'STILL_FAILS'
  | 'ROLLBACK_FAILED'
  /** The record of the old values (`dsn-backup.json` in the data folder) could not be read or written: the DSN was not touched. */
  | 'BACKUP_UNREADABLE'
  | 'BACKUP_FAILED';

export class DsnError extends Error {
  constructor(
    readonly failure: DsnFailure,
    readonly dsnName: string,
    readonly detail: string,
    /**
     * VERIFY_FAILED, CHANGED_SINCE: the server the DSN leads to, null when it names none. `detail` words
     * null as the untranslated "(none)"; callers showing it to users word null themselves (`repair.none`).
     */
    readonly found?: string | null,
    /** BACKUP_UNREADABLE, BACKUP_FAILED: the file system's error, which the front ends word (`writeErrorText`). */
    cause?: unknown,
  ) {
    super(`${failure}: ${dsnName}: ${detail}`, cause === undefined ? undefined : { cause });
    this.name = 'DsnError';
  }
}

export interface DsnStore {
  /** 'windows' or 'unixodbc': recorded in the backup so undo goes to the same place. */
  readonly kind: 'windows' | 'unixodbc';
  readonly dsnName: string;
  /** Throws DsnError('DSN_NOT_FOUND') when the DSN does not exist. */
  read(): Promise<DsnReading>;
  /**
   * The key changes that make the driver connect to `server` (none when it already does). Throws
   * DsnError('NOT_REPAIRABLE') when something Kassavakt does not edit decides the target.
   */
  changesFor(reading: DsnReading, server: ServerAddress): DsnValues;
  /** Makes every change in one step (one file write, one elevation); leaves the old values when it fails. */
  write(changes: DsnValues): Promise<void>;
}

/** The server string the target stands for; null when the DSN leads to no server Kassavakt can name. */
export function targetText(target: DsnTarget): string | null {
  return target.kind === 'server' ? formatServerString(target.server) : null;
}

/** Whether two addresses lead to the same place (host names are case-insensitive, instance names too). */
export function sameServer(a: ServerAddress, b: ServerAddress): boolean {
  return a.host.toLowerCase() === b.host.toLowerCase() && (a.instance ?? '').toLowerCase() === (b.instance ?? '').toLowerCase() && a.port === b.port;
}

/** The refusal for a target decided where Kassavakt does not edit. */
export function notRepairable(dsnName: string, target: Extract<DsnTarget, { kind: 'elsewhere' }>): DsnError {
  return new DsnError('NOT_REPAIRABLE', dsnName, `${target.key} = ${target.value}`);
}

/** Only the changes whose value differs from what the DSN holds now. */
export function changedOnly(current: DsnValues, wanted: DsnValues): DsnValues {
  return Object.fromEntries(Object.entries(wanted).filter(([key, value]) => (current[key] ?? null) !== value));
}
