// Keeps the sim's fleet in step with a fixture file: fs.watch (debounced) plus a cheap mtime check
// the server runs before each request, so an edit is never missed. A bad file keeps the old data; a
// FIFO or device is refused at once (platform/regularFile), never waited on.
import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { FleetSnapshot } from '../core/fleet.js';
import { DEFAULT_LANG, type Lang } from '../core/i18n.js';
import { parseSnapshotText } from '../core/snapshot.js';
import { isFileSystemError, readErrorText } from '../platform/fileErrorText.js';
import { readRegularFile } from '../platform/regularFile.js';

const DEBOUNCE_MS = 100;

export class FleetFile {
  private stamp = '';
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;

  constructor(
    readonly path: string,
    private readonly apply: (snapshot: FleetSnapshot) => void,
    private readonly reject: (detail: string) => void,
    private readonly lang: Lang = DEFAULT_LANG,
  ) {}

  /** Reads the file now; throws when it is unreadable or invalid (used at start). */
  loadOrThrow(): void {
    const stamp = this.currentStamp();
    this.apply(parseSnapshotText(readRegularFile(this.path), this.lang));
    this.stamp = stamp;
  }

  /** Re-reads the file if it changed since the last look; a bad file is reported once and skipped. */
  refresh(): void {
    let stamp: string;
    try {
      stamp = this.currentStamp();
    } catch (error) {
      stamp = `missing:${(error as NodeJS.ErrnoException).code}`;
    }
    if (stamp === this.stamp) return;
    this.stamp = stamp;
    try {
      this.apply(parseSnapshotText(readRegularFile(this.path), this.lang));
    } catch (error) {
      this.reject(isFileSystemError(error) ? readErrorText(error, this.lang) : (error as Error).message);
    }
  }

  watch(): void {
    const name = basename(this.path);
    // The directory is watched, not the file: editors often replace a file instead of writing it.
    this.watcher = watch(dirname(this.path), (_, changed) => {
      if (changed !== null && changed.toString() !== name) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.refresh(), DEBOUNCE_MS);
    });
    this.watcher.on('error', () => this.watcher?.close());
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }

  private currentStamp(): string {
    const s = statSync(this.path);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  }
}
