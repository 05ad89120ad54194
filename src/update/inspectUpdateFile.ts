// The update-file inspector: reads a file's version strings and judges them against the fleet.
// One entry point for `inspect-update`, the Downloads watcher and the pre-install checklist.
import type { FleetSnapshot } from '../core/fleet.js';
import { DEFAULT_LANG, type Lang } from '../core/i18n.js';
import { judgeUpdateFile, type UpdateFileVerdict } from '../core/updateFile.js';
import { readVersionInfo } from './peVersionReader.js';

export interface InspectOptions {
  /** The fleet to compare with; without it `matches` is null. */
  fleet?: FleetSnapshot | undefined;
  lang?: Lang;
  maxFileBytes?: number;
}

export async function inspectUpdateFile(path: string, options: InspectOptions = {}): Promise<UpdateFileVerdict> {
  const { reading } = await readVersionInfo(path, { maxFileBytes: options.maxFileBytes });
  return judgeUpdateFile({ file: path, reading, tills: options.fleet?.tills }, options.lang ?? DEFAULT_LANG);
}
