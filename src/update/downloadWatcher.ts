// Watches download folders for new PC-Kassa files (`pckassa*.exe`) and reports the inspector's verdict
// once per new file, only when the download is complete: no browser partial file beside it, size and
// time unchanged for a settle period, and a whole PE (a cut file is reported only if it stays cut).
// The inspector judges in a worker thread with a deadline, so a crafted download cannot stall the tray.
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FleetSnapshot } from '../core/fleet.js';
import type { Lang } from '../core/i18n.js';
import type { UpdateFileVerdict } from '../core/updateFile.js';
import { defaultDownloadFolder } from './downloadsFolder.js';
import { inspectUpdateFile } from './inspectUpdateFile.js';

export interface DownloadVerdict {
  path: string;
  size: number;
  mtimeMs: number;
  verdict: UpdateFileVerdict;
}

export interface WatchDownloadsOptions {
  /** Folders to watch; default: the user's Downloads folder. */
  folders?: readonly string[];
  onVerdict: (event: DownloadVerdict) => void;
  /** How long size and time must stay unchanged before the file is judged. */
  settleMs?: number;
  /** An incomplete file (cut PE, empty) that stays unchanged this long is reported as it is. */
  giveUpMs?: number;
  /** With nothing settling, how often to look anyway: the folder watchers miss changes on network
   * shares and in folders created later. */
  idlePollMs?: number;
  /** The latest known fleet, asked for each verdict. */
  fleet?: () => FleetSnapshot | undefined;
  lang?: Lang;
  onError?: (error: unknown) => void;
  /** The inspection worker's script (see `inspectUpdateFile`); default the bundle's. */
  inspectionWorker?: URL;
}

export interface DownloadWatcher {
  /** Resolves once the files already present are noted (they get no verdict). */
  ready: Promise<void>;
  close(): Promise<void>;
}

const CANDIDATE = /^pckassa.*\.exe$/i;
/** Chrome/Edge, Firefox, old Edge, Opera, Safari and generic temporary suffixes. */
const PARTIAL_SUFFIXES = ['.crdownload', '.part', '.partial', '.opdownload', '.download', '.tmp'];
/** Outcomes that may only mean "not finished yet" (unreadable: a virus scanner holds the new file). */
const STILL_ARRIVING = new Set<UpdateFileVerdict['outcome']>(['truncated', 'empty', 'unreadable']);

interface Sighting {
  identity: string;
  since: number;
}

export function watchDownloads(options: WatchDownloadsOptions): DownloadWatcher {
  const folders = options.folders ?? [defaultDownloadFolder()];
  const settleMs = options.settleMs ?? 2000;
  const giveUpMs = options.giveUpMs ?? 60_000;
  const busyPollMs = Math.min(1000, Math.max(50, settleMs / 4));
  const idlePollMs = options.idlePollMs ?? 5000;
  const report = options.onError ?? (() => {});
  const sightings = new Map<string, Sighting>();
  /** The identity last reported (or present at start) per path. */
  const done = new Map<string, string>();
  let closed = false;
  let running: Promise<void> | null = null;
  let again = false;

  async function scan(baseline: boolean): Promise<void> {
    const present = new Set<string>();
    const listed = new Set<string>();
    for (const folder of folders) {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        continue; // a missing folder may appear later
      }
      listed.add(dirname(join(folder, 'x')));
      const lower = new Set(names.map((n) => n.toLowerCase()));
      for (const name of names) {
        if (closed) return;
        if (!CANDIDATE.test(name)) continue;
        const path = join(folder, name);
        present.add(path);
        if (PARTIAL_SUFFIXES.some((suffix) => lower.has(`${name.toLowerCase()}${suffix}`))) {
          sightings.delete(path);
          continue;
        }
        const identity = await identify(path);
        if (identity === null || done.get(path) === identity.key) continue;
        if (baseline) {
          done.set(path, identity.key);
          continue;
        }
        await consider(path, identity);
      }
    }
    // Forget files that are gone, but only from folders that could be listed this time.
    const gone = (path: string) => listed.has(dirname(path)) && !present.has(path);
    for (const path of sightings.keys()) if (gone(path)) sightings.delete(path);
    for (const path of done.keys()) if (gone(path)) done.delete(path);
  }

  async function consider(path: string, identity: Identity): Promise<void> {
    const now = Date.now();
    const seen = sightings.get(path);
    if (!seen || seen.identity !== identity.key) {
      sightings.set(path, { identity: identity.key, since: now });
      return;
    }
    if (now - seen.since < settleMs) return;
    const verdict = await inspectUpdateFile(path, { fleet: options.fleet?.(), lang: options.lang, worker: options.inspectionWorker });
    const after = await identify(path);
    if (closed || after?.key !== identity.key) return;
    if (STILL_ARRIVING.has(verdict.outcome) && now - seen.since < giveUpMs) return;
    done.set(path, identity.key);
    sightings.delete(path);
    options.onVerdict({ path, size: identity.size, mtimeMs: identity.mtimeMs, verdict });
  }

  function trigger(baseline = false): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await scan(baseline);
        } catch (error) {
          report(error);
        }
        baseline = false;
      } while (again && !closed);
      running = null;
      reschedule();
    })();
    return running;
  }

  /** The next look: soon while a file settles, seldom otherwise (an idle tray should not spin). */
  let timer: ReturnType<typeof setTimeout> | undefined;
  function reschedule(): void {
    clearTimeout(timer);
    if (!closed) timer = setTimeout(() => void trigger(), sightings.size > 0 ? busyPollMs : idlePollMs);
  }

  const ready = trigger(true);
  const watchers: FSWatcher[] = [];
  for (const folder of folders) {
    try {
      const watcher = watch(folder, () => void trigger());
      watcher.on('error', () => watcher.close()); // polling still covers the folder
      watchers.push(watcher);
    } catch {
      // Not watchable (missing, network share): polling covers it.
    }
  }

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running;
    },
  };
}

interface Identity {
  key: string;
  size: number;
  mtimeMs: number;
}

async function identify(path: string): Promise<Identity | null> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return null;
    return { key: `${path}|${s.mtimeMs}|${s.size}`, size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}
