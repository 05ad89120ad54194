// Entry of the inspection worker thread (dist/inspectionWorker.js): judges the one file it is given
// and posts the verdict back. Started and, past its deadline, stopped by `inspectUpdateFile`.
import { parentPort, workerData } from 'node:worker_threads';
import { inspectInThisThread, type InspectionRequest } from './inspectInThisThread.js';

parentPort!.postMessage(await inspectInThisThread(workerData as InspectionRequest));
