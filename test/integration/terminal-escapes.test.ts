// A till name with terminal escapes (`K2 ESC ]0;PWNED BEL ESC [2J`: retitle the window, clear the
// screen) and a bidi override, coming over TDS from the simulated main till and from a snapshot file:
// every command shows them as visible escapes, and --json stays JSON with the name's real value.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { CLI } from '../support/cli.js';

const HOST = '127.0.47.1';
const HOSTILE = 'K2\u001b]0;PWNED\u0007\u001b[2J';
const SHOWN = 'K2\\u001B]0;PWNED\\u0007\\u001B[2J';
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-escapes-'));

const fleet: FleetSnapshot = {
  tills: [
    { name: 'KASSA1', clientId: 1, version: '38,5', role: 'main' },
    { name: HOSTILE, clientId: 2, version: '38,5', role: 'sales' },
    { name: 'KONTOR\u202eET', clientId: 2, version: '38,05\u009b2J', role: 'backoffice' },
    // Two columns per character on screen, a combining mark, an emoji.
    { name: '店舗レジ', clientId: 4, version: '38,5', role: 'sales' },
    { name: 'KO\u0308KET', clientId: 5, version: '38,5', role: 'sales' },
    { name: '🧾KVITTO', clientId: 6, version: '38,5', role: 'sales' },
    // Line breaks that would fake lines of their own (no wider than the name above, so its cells keep
    // their places), sharing a Client ID so a finding names them.
    { name: 'K3\nAll is well.', clientId: 8, version: '38,5', role: 'sales' },
    { name: 'K4\r\n[OK] All fine', clientId: 8, version: '38,5', role: 'sales' },
  ],
};

/** The line-break names as every line shows them: escaped, on the line where the name is. */
const BROKEN_SHOWN = ['K3\\u000AAll is well.', 'K4\\u000D\\u000A[OK] All fine'];

/** No line of the output is one a till name made up. */
function expectNoFakedLines(output: string): void {
  for (const line of output.split('\n')) expect(line).not.toMatch(/^\s*(All is well|\[OK\])/);
  expect(output).not.toMatch(RAW_CONTROL);
}

const WIDE = /\p{Emoji_Presentation}|\p{sc=Han}|\p{sc=Katakana}|\p{sc=Hiragana}/u;

/** The screen columns where the cells of a table row start (cells are two or more spaces apart). */
function cellStarts(line: string): number[] {
  const starts: number[] = [];
  let column = 0;
  let spaces = 2;
  for (const { segment } of new Intl.Segmenter().segment(line)) {
    if (segment !== ' ' && spaces >= 2) starts.push(column);
    spaces = segment === ' ' ? spaces + 1 : 0;
    column += WIDE.test(segment) ? 2 : 1;
  }
  return starts;
}

/** Every row of the tills table (header first) as the cells' starting columns. */
function tableColumns(stdout: string): number[][] {
  const lines = stdout.split('\n');
  const header = lines.findIndex((line) => line.startsWith('Till  '));
  return lines.slice(header, lines.indexOf('', header)).map(cellStarts);
}

let sim: RunningSim;
beforeAll(async () => {
  sim = await startSim({ host: HOST, user: 'kassavakt', password: 'hemligt', fleet });
});
afterAll(async () => {
  await sim?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args, '--lang', 'en'], { env: { ...process.env, KASSAVAKT_PASSWORD: 'hemligt' }, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

const connection = () => ['--server', `${HOST}\\PCKASSA`, '--browser-port', String(sim.browserPort), '--user', 'kassavakt', '--data', dir];

describe('control characters in what the main till or a snapshot says', () => {
  it('status shows a till name from the database escaped, in the table and in the findings', async () => {
    const result = await run(['status', ...connection()]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${SHOWN}  selling till`);
    expect(result.stdout).toContain(`${SHOWN} and KONTOR\\u202EET share the same Client ID (2).`);
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('status keeps the columns of its table in line: escapes measured as shown, wide characters as two columns', async () => {
    const result = await run(['status', ...connection()]);
    const rows = tableColumns(result.stdout);
    expect(rows).toHaveLength(1 + fleet.tills.length);
    for (const row of rows) expect(row).toEqual(rows[0]);
  });

  it('status --json is still JSON and keeps the name as it is', async () => {
    const result = await run(['status', ...connection(), '--json']);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    const names = JSON.parse(result.stdout).tills.map((till: { name: string }) => till.name);
    expect(names).toEqual(fleet.tills.map((till) => till.name));
  });

  it('check shows a till name from a snapshot file escaped, the columns of its table in line', async () => {
    const file = join(dir, 'fleet.json');
    // A tab or line break in a name would break the row: shown as an escape in the table.
    const tills = [...fleet.tills, { name: 'KASSA\tBAK\nRAD', clientId: 7, version: '38,5', role: 'sales' }];
    writeFileSync(file, JSON.stringify({ tills }));
    const result = await run(['check', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(SHOWN);
    expect(result.stdout).toContain('38,05\\u009B2J');
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toMatch(/KASSA\\u0009BAK\\u000ARAD +selling till/);
    const rows = tableColumns(result.stdout);
    expect(rows).toHaveLength(1 + tills.length);
    for (const row of rows) expect(row).toEqual(rows[0]);
  });

  it('watch and history show the recorded name escaped', async () => {
    const watched = await run(['watch', ...connection(), '--interval', '0.1', '--count', '1']);
    expect(watched.code).toBe(0);
    expect(watched.stdout).toContain(`${SHOWN}: new till`);
    expect(watched.stdout).not.toMatch(RAW_CONTROL);
    const history = await run(['history', '--data', dir]);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain(SHOWN);
    expect(history.stdout + history.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a line break in a till name cannot fake a line: check, status, watch and history', async () => {
    const file = join(dir, 'fleet-breaks.json');
    writeFileSync(file, JSON.stringify(fleet));
    const checked = await run(['check', file]);
    const status = await run(['status', ...connection()]);
    for (const result of [checked, status]) {
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`${BROKEN_SHOWN[0]} and ${BROKEN_SHOWN[1]} share the same Client ID (8).`);
      expectNoFakedLines(result.stdout + result.stderr);
    }

    const data = join(dir, 'data-breaks');
    const watched = await run(['watch', ...connection(), '--data', data, '--interval', '0.1', '--count', '1']);
    expect(watched.code).toBe(0);
    for (const name of BROKEN_SHOWN) expect(watched.stdout).toContain(`${name}: new till`);
    expectNoFakedLines(watched.stdout + watched.stderr);

    const history = await run(['history', '--data', data]);
    expect(history.code).toBe(0);
    // The events, each till's own heading in the version timeline, and the open problem.
    for (const name of BROKEN_SHOWN) expect(history.stdout).toContain(`${name}: new till`);
    for (const name of BROKEN_SHOWN) expect(history.stdout.split('\n')).toContain(`  ${name}`);
    expect(history.stdout).toContain(`${BROKEN_SHOWN[0]} and ${BROKEN_SHOWN[1]} share the same Client ID (8).`);
    expectNoFakedLines(history.stdout + history.stderr);
  });
});
