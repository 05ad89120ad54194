// One interface over the places an ODBC DSN lives: the Windows registry (32-bit System DSN) and
// unixODBC's odbc.ini. The repair logic above it does not know which one it talks to.

export const DEFAULT_DSN_NAME = 'Nutid - PC Kassa';

export interface DsnReading {
  /** The DSN's Server field; null when the DSN exists but has no Server value. */
  server: string | null;
  /** Where it was read, for messages and the backup record (registry key or file path). */
  location: string;
}

/** Why a DSN operation failed, as a code; the CLI words it through the catalog. */
export type DsnFailure =
  | 'DSN_NOT_FOUND'
  | 'ACCESS_DENIED'
  | 'CANCELLED'
  | 'COMMAND_FAILED'
  | 'VERIFY_FAILED'
  | 'INVALID_SERVER'
  | 'NO_BACKUP'
  | 'CHANGED_SINCE';

export class DsnError extends Error {
  constructor(
    readonly failure: DsnFailure,
    readonly dsnName: string,
    readonly detail: string,
    /**
     * VERIFY_FAILED, CHANGED_SINCE: the Server value found, null when the DSN has none. `detail` words
     * null as the untranslated "(none)"; callers showing it to users word null themselves (`repair.none`).
     */
    readonly found?: string | null,
  ) {
    super(`${failure}: ${dsnName}: ${detail}`);
    this.name = 'DsnError';
  }
}

export interface DsnStore {
  /** 'windows' or 'unixodbc': recorded in the backup so undo goes to the same place. */
  readonly kind: 'windows' | 'unixodbc';
  readonly dsnName: string;
  /** Throws DsnError('DSN_NOT_FOUND') when the DSN does not exist. */
  read(): Promise<DsnReading>;
  /** Sets (or, with null, removes) the Server field; leaves the old value when it fails. */
  writeServer(value: string | null): Promise<void>;
}
