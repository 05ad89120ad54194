// The update-file judgement itself: read the version strings, judge them against the fleet. What the
// inspection worker runs; callers use `inspectUpdateFile`, which runs it there with a time limit.
import type { Till } from '../core/fleet.js';
import type { Lang } from '../core/i18n.js';
import { judgeUpdateFile, type UpdateFileVerdict } from '../core/updateFile.js';
import { readVersionInfo } from './peVersionReader.js';

/** Everything the judgement needs, as plain data (it crosses to the worker thread). */
export interface InspectionRequest {
  path: string;
  /** The fleet's tills; undefined when the fleet is not known. */
  tills: readonly Till[] | undefined;
  lang: Lang;
}

export async function inspectInThisThread(request: InspectionRequest): Promise<UpdateFileVerdict> {
  const { reading } = await readVersionInfo(request.path);
  return judgeUpdateFile({ file: request.path, reading, tills: request.tills }, request.lang);
}
