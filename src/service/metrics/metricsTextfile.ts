// The textfile for windows_exporter's (or node_exporter's) textfile collector: DIR/kassavakt.prom,
// replaced atomically after every poll, so the collector never reads half a file. The temporary name
// does not end in .prom, so the collector never picks it up.
import { join } from 'node:path';
import { writeFileAtomically } from '../../platform/atomicFile.js';

export const TEXTFILE_NAME = 'kassavakt.prom';

export function writeMetricsTextfile(dir: string, text: string): void {
  writeFileAtomically(join(dir, TEXTFILE_NAME), text.endsWith('\n') ? text : `${text}\n`, 0o644);
}
