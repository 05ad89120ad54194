// The Windows installer's size: Kassavakt-Setup.exe (goal: at most 35 MB) and what it installs,
// against the bare node.exe it carries, which is most of both. Builds the Setup as `npm run
// package:win` does, into a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GOAL_BYTES = 35 * 1024 * 1024;
const out = mkdtempSync(join(tmpdir(), 'kassavakt-bench-setup-'));

const emit = (metric: string, value: number, unit: string) =>
  console.log(JSON.stringify({ bench: 'installer', metric, value: Number(value.toFixed(3)), unit }));

try {
  const started = performance.now();
  const built = spawnSync(process.execPath, ['build/packageWindows.mjs', '--out', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (built.status !== 0) throw new Error(`package:win exited with ${built.status}`);
  const seconds = (performance.now() - started) / 1000;
  const { setupBytes, installedBytes, nodeExeBytes } = JSON.parse(built.stdout) as { setupBytes: number; installedBytes: number; nodeExeBytes: number };
  emit('baseline_node_exe_bytes', nodeExeBytes, 'bytes');
  emit('setup_bytes', setupBytes, 'bytes');
  emit('setup_goal_bytes', GOAL_BYTES, 'bytes');
  emit('setup_within_goal', setupBytes <= GOAL_BYTES ? 1 : 0, 'bool');
  emit('setup_to_node_exe_ratio', setupBytes / nodeExeBytes, 'x');
  emit('installed_bytes', installedBytes, 'bytes');
  emit('installed_to_node_exe_ratio', installedBytes / nodeExeBytes, 'x');
  emit('build_seconds', seconds, 's');
} finally {
  rmSync(out, { recursive: true, force: true });
}
