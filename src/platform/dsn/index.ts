// Picks the DSN back-end for this OS.
import { DEFAULT_DSN_NAME, DsnError, targetText, type DsnStore } from './dsnStore.js';
import { UnixOdbcDsnStore } from './unixodbc.js';
import { WindowsDsnStore } from './windows.js';

export function openDsnStore(dsnName = DEFAULT_DSN_NAME, platform: NodeJS.Platform = process.platform): DsnStore {
  return platform === 'win32' ? new WindowsDsnStore(dsnName) : new UnixOdbcDsnStore(dsnName);
}

/** The server the DSN's driver connects to; null when the DSN is missing, unreadable or leads to none Kassavakt can name. */
export async function dsnServer(store: DsnStore): Promise<string | null> {
  try {
    return targetText((await store.read()).target);
  } catch (error) {
    if (error instanceof DsnError) return null;
    throw error;
  }
}

export {
  DEFAULT_DSN_NAME,
  DsnError,
  targetText,
  type DsnFailure,
  type DsnReading,
  type DsnStore,
  type DsnTarget,
  type DsnValues,
} from './dsnStore.js';
