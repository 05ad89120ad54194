// The update-file inspector: one entry point for `inspect-update`, the Downloads watcher and the
// pre-install checklist. The judgement runs in a worker thread with a deadline, so that no file,
// however crafted, can stall the caller's event loop (the tray's): past the deadline the worker is
// stopped and the answer is "cannot tell".
import { Worker } from 'node:worker_threads';
import type { FleetSnapshot } from '../core/fleet.js';
import { DEFAULT_LANG, type Lang } from '../core/i18n.js';
import { judgeUpdateFile, type FileReading, type UpdateFileVerdict } from '../core/updateFile.js';
import type { InspectionRequest } from './inspectInThisThread.js';

/** Counted from the worker's start, its start-up included; a bounded reading takes milliseconds. */
const INSPECTION_DEADLINE_MS = 2000;
/** The reader holds a few MB at most (headers, directories, version resources). */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 };
/** Beside this module's chunk in the bundle (build/bundle.mjs builds it as its own entry). */
const BUNDLED_WORKER = new URL('./inspectionWorker.js', import.meta.url);

export interface InspectOptions {
  /** The fleet to compare with; without it `matches` is null. */
  fleet?: FleetSnapshot | undefined;
  lang?: Lang;
  /** The worker's script; default the bundle's. Tests that import the sources pass the built one. */
  worker?: URL;
}

export function inspectUpdateFile(path: string, options: InspectOptions = {}): Promise<UpdateFileVerdict> {
  const lang = options.lang ?? DEFAULT_LANG;
  const request: InspectionRequest = { path, tills: options.fleet?.tills, lang };
  const cannotTell = (reading: FileReading) => judgeUpdateFile({ file: path, reading, tills: request.tills }, lang);
  return new Promise((resolve) => {
    const worker = new Worker(options.worker ?? BUNDLED_WORKER, { workerData: request, resourceLimits: WORKER_LIMITS });
    let settled = false;
    const settle = (verdict: UpdateFileVerdict) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      void worker.terminate();
      resolve(verdict);
    };
    const deadline = setTimeout(() => settle(cannotTell({ status: 'timedOut', seconds: INSPECTION_DEADLINE_MS / 1000 })), INSPECTION_DEADLINE_MS);
    worker.once('message', settle);
    // A worker that fails (out of memory, script missing) or ends without an answer: cannot tell either.
    worker.once('error', (error: NodeJS.ErrnoException) => settle(cannotTell({ status: 'unreadable', detail: error.code ?? error.message })));
    worker.once('exit', (code) => settle(cannotTell({ status: 'unreadable', detail: `exit ${code}` })));
  });
}
