// Picks the DSN back-end for this OS.
import { DEFAULT_DSN_NAME, type DsnStore } from './dsnStore.js';
import { UnixOdbcDsnStore } from './unixodbc.js';
import { WindowsDsnStore } from './windows.js';

export function openDsnStore(dsnName = DEFAULT_DSN_NAME, platform: NodeJS.Platform = process.platform): DsnStore {
  return platform === 'win32' ? new WindowsDsnStore(dsnName) : new UnixOdbcDsnStore(dsnName);
}

export { DEFAULT_DSN_NAME, DsnError, type DsnFailure, type DsnReading, type DsnStore } from './dsnStore.js';
