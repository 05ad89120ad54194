// Picks the DSN back-end for this OS.
import { DEFAULT_DSN_NAME, DsnError, type DsnStore } from './dsnStore.js';
import { UnixOdbcDsnStore } from './unixodbc.js';
import { WindowsDsnStore } from './windows.js';

export function openDsnStore(dsnName = DEFAULT_DSN_NAME, platform: NodeJS.Platform = process.platform): DsnStore {
  return platform === 'win32' ? new WindowsDsnStore(dsnName) : new UnixOdbcDsnStore(dsnName);
}

/** The DSN's Server value, trimmed; null when the DSN is missing, unreadable or has none. */
export async function dsnServer(store: DsnStore): Promise<string | null> {
  try {
    return (await store.read()).server?.trim() || null;
  } catch (error) {
    if (error instanceof DsnError) return null;
    throw error;
  }
}

export { DEFAULT_DSN_NAME, DsnError, type DsnFailure, type DsnReading, type DsnStore } from './dsnStore.js';
