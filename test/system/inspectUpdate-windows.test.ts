// `inspect-update` from the bundle under the Windows Node 22 the installer ships, in Wine: the
// inspection's worker thread must start from dist/ there too, and answer for the file of issue 13.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { STRINGS, fixtureDir, makePe, withZeroLengthString } from '../support/peFixtures.js';
import { createWinePrefix, windowsNode, type WinePrefix } from '../support/wine.js';

const dir = fixtureDir('kassavakt-wine-inspect-');
let wine: WinePrefix;
let nodeExe: string;

beforeAll(async () => {
  [wine, nodeExe] = await Promise.all([createWinePrefix(), windowsNode()]);
}, 120_000);

afterAll(async () => {
  await wine?.close();
});

const inspect = async (args: string[]) => {
  const run = await wine.run(nodeExe, [CLI, 'inspect-update', ...args, '--json'], { timeoutMs: 60_000 });
  return { code: run.code, json: JSON.parse(run.stdout) };
};

describe('inspect-update under Windows Node 22', () => {
  it('judges an update file in its worker thread', async () => {
    const file = join(dir, 'pckassaupp32.exe');
    writeFileSync(file, makePe({ strings: STRINGS.nonfiscal }));
    const fleet = join(dir, 'fleet.json');
    writeFileSync(fleet, JSON.stringify({ tills: [{ name: 'KASSA1', role: 'main', version: '38,5' }] }));
    const { code, json } = await inspect([file, '--fleet', fleet, '--lang', 'en']);
    expect(code).toBe(1);
    expect(json).toMatchObject({ kind: 'update', outcome: 'wrongEdition', version: { raw: '38,05' }, matches: false });
  });

  it('reads a large signed program from another vendor: Node.js itself', async () => {
    const { code, json } = await inspect([nodeExe]);
    expect(code).toBe(2);
    expect(json).toMatchObject({ kind: 'other', outcome: 'notPcKassa', productName: 'Node.js', fileVersion: '22.23.3' });
  });

  it('answers "damaged" for a String entry of length 0', async () => {
    const file = join(dir, 'pckassaupp32 (1).exe');
    writeFileSync(file, withZeroLengthString(makePe({ strings: STRINGS.fiscal })));
    const { code, json } = await inspect([file]);
    expect(code).toBe(2);
    expect(json).toMatchObject({ outcome: 'damaged', matches: null });
  });
});
