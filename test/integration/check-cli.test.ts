import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kassavakt-check-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const issueExample = JSON.stringify({
  server: '192.168.99.60\\PCKASSA',
  takenAt: '2026-11-25T08:00:00Z',
  tills: [
    { name: 'KASSA1', clientId: '1', version: '38,5', role: 'main' },
    { name: 'KASSA2', clientId: '2', version: '38.5', role: 'sales' },
    { name: 'BACKOFFICE', clientId: '2', version: '38,05', role: 'backoffice' },
  ],
});

describe('kassavakt check', () => {
  it('prints exactly the documented JSON shape and exits 1 on findings', () => {
    const run = runCli(['check', file('fleet.json', issueExample), '--json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['tills', 'findings', 'suggestedClientId']);
    expect(out.tills[2]).toEqual({
      name: 'BACKOFFICE',
      clientId: '2',
      role: 'backoffice',
      version: { raw: '38,05', major: 38, release: 5, edition: 'nonfiscal' },
    });
    expect(out.findings.map((f: { code: string }) => f.code)).toEqual(['EDITION_MISMATCH', 'DUPLICATE_CLIENT_ID']);
    for (const f of out.findings) expect(Object.keys(f)).toEqual(['code', 'severity', 'tills', 'message', 'advice']);
    expect(out.suggestedClientId).toBe(3);
  });

  it('prints a Swedish table and the findings by default', () => {
    const run = runCli(['check', file('fleet2.json', issueExample)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Kassa\s+Roll\s+Klient ID\s+Version\s+Utgåva/);
    expect(run.stdout).toContain('BACKOFFICE  backoffice      2          38,05    utan kontrollbox');
    expect(run.stdout).toContain('[FEL] KASSA2 och BACKOFFICE har samma Klient ID (2).');
    expect(run.stdout).toContain('Ledigt Klient ID för en ny kassa: 3');
  });

  it('exits 0 for a healthy fleet read from stdin', () => {
    const healthy = JSON.stringify({ tills: [{ name: 'A', clientId: 1, version: '38,5', role: 'main' }, { name: 'B', clientId: 2, version: '38.5.0.7' }] });
    const run = runCli(['check', '-', '--lang', 'nb'], { input: healthy });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Alt ser bra ut.');
  });

  it.each([
    ['JSON that ends early', '{"tills": [', /^bad\.json: is not valid JSON \(the text ends too early; is a \} or a " missing\?\)$/],
    ['JSON with a value missing', '{\n  "tills": [\n    {"name": }\n  ]\n}', /^bad\.json: is not valid JSON \(error at line 3, character 14\)$/],
    ['an impossible takenAt', '{"takenAt":"2026-02-30T08:00:00Z","tills":[]}', /^bad\.json: takenAt: must be a date-time \(ISO 8601\)$/],
    ['a lastSeen that is only a number', '{"tills":[{"name":"A","lastSeen":"1"}]}', /^bad\.json: tills\[0\]\.lastSeen: must be a date-time \(ISO 8601\)$/],
    ['an empty file', '', /^bad\.json: the file is empty$/],
    ['a missing name', '{"tills":[{"clientId":1},{"version":"38,5"}]}', /^bad\.json: tills\[0\]\.name: missing$/],
    ['a blank name', '{"tills":[{"name":"A"},{"name":"A"},{"name":"A"},{"name":"  "}]}', /^bad\.json: tills\[3\]\.name: missing$/],
    ['a till that is not an object', '{"tills":[{"name":"A"},42]}', /^bad\.json: tills\[1\]: must be an object$/],
    ['a version that is a number', '{"tills":[{"name":"A","version":38.5}]}', /^bad\.json: tills\[0\]\.version: must be a string$/],
    ['no tills list', '{"server":"x"}', /^bad\.json: tills: missing$/],
    ['tills that is not a list', '{"tills":{}}', /^bad\.json: tills: must be a list$/],
    ['a JSON list at the root', '[]', /^bad\.json: \(root\): must be an object$/],
    ['an unknown role', '{"tills":[{"name":"A","role":"boss"}]}', /^bad\.json: tills\[0\]\.role: must be one of: main, sales, backoffice$/],
    ['an unknown edition', '{"tills":[{"name":"A","edition":"se"}]}', /^bad\.json: tills\[0\]\.edition: must be one of: fiscal, nonfiscal, norway$/],
    ['a fractional Client ID', '{"tills":[{"name":"A","clientId":1.5}]}', /^bad\.json: tills\[0\]\.clientId: must be a string or a whole number$/],
    ['connected that is not a boolean', '{"tills":[{"name":"A","connected":"yes"}]}', /^bad\.json: tills\[0\]\.connected: must be true or false$/],
    ['a bad lastSeen', '{"tills":[{"name":"A","lastSeen":"igår"}]}', /^bad\.json: tills\[0\]\.lastSeen: must be a date-time \(ISO 8601\)$/],
  ])('rejects %s with one clear line and exit 2', (_label, text, expected) => {
    const path = file('bad.json', text);
    const run = runCli(['check', path, '--lang', 'en'], { env: {} });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const line = run.stderr.replace(`${dir}/`, '').trim();
    expect(line).toMatch(expected);
    expect(line.split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('prints the table and every finding for 130,000 tills (it overflowed the stack at 125,000)', () => {
    const tills = Array.from({ length: 130_000 }, (_, i) => ({ name: `KASSA${i}`, clientId: i + 1 }));
    const path = file('huge.json', JSON.stringify({ tills }));
    // The report is tens of megabytes: into a file, not a pipe buffer.
    const outPath = join(dir, 'huge.out');
    const out = openSync(outPath, 'w');
    const run = spawnSync(process.execPath, [CLI, 'check', path, '--lang', 'en'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', timeout: 120_000 });
    closeSync(out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const lines = readFileSync(outPath, 'utf8').split('\n');
    expect(lines[0]).toMatch(/^Till\s+Role\s+Client ID/);
    expect(lines[130_000]).toMatch(/^KASSA129999\s+selling till\s+130000\s+–/);
    expect(lines.filter((line) => line.startsWith('[WARNING] Kassavakt does not know which version KASSA')).length).toBe(130_000);
    expect(lines.at(-2)).toBe('Free Client ID for a new till: 130001');
  });

  it('calls a Client ID of forty 9s a finding and suggests a real free ID (it suggested "1e+40")', () => {
    const fleet = { tills: [{ name: 'KASSA1', clientId: 1, version: '38,5', role: 'main' }, { name: 'KASSA2', clientId: '9'.repeat(40), version: '38,5' }] };
    const run = runCli(['check', file('nines.json', JSON.stringify(fleet)), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`[WARNING] KASSA2 has Client ID "${'9'.repeat(40)}", but a Client ID is a whole number from 0 to 2147483647.`);
    expect(run.stdout).toContain('Free Client ID for a new till: 2\n');
  });

  it('reads a snapshot saved with a byte order mark (Notepad writes one)', () => {
    const run = runCli(['check', file('bom.json', `\uFEFF${issueExample}`), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).tills).toHaveLength(3);
  });

  it('says where the JSON is wrong in the user\'s language, not in the engine\'s English', () => {
    const run = runCli(['check', file('sv.json', '{"tills": [\n  {"name": "A", "clientId": 1,}\n]}')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${join(dir, 'sv.json')}: är inte giltig JSON (fel på rad 2, tecken 31)\n`);
  });

  it.each([
    ['a FIFO (it blocked check until someone wrote to it)', () => {
      const fifo = join(dir, 'fifo.json');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      return fifo;
    }],
    ['a device', () => '/dev/zero'],
  ])('refuses %s at once with one line', (_label, make) => {
    const path = make();
    const run = runCli(['check', path, '--lang', 'en'], { timeoutMs: 10_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${path}: is not a regular file (but e.g. a FIFO or a device); use - to read from standard input\n`);
  });

  it('refuses a folder', () => {
    const run = runCli(['check', dir, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${dir}: is a folder, not a file\n`);
  });

  it('names a missing file in Swedish by default', () => {
    const run = runCli(['check', join(dir, 'finns-inte.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${join(dir, 'finns-inte.json')}: filen finns inte`);
  });

  it('refuses an unknown language', () => {
    const run = runCli(['check', '-', '--lang', 'de'], { input: issueExample });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Okänt språk "de"');
  });
});

describe('kassavakt check with the main till’s health', () => {
  const withHealth = (mainTill: unknown) =>
    JSON.stringify({
      takenAt: '2026-11-25T08:00:00Z',
      tills: [{ name: 'KASSA1', clientId: '1', version: '38,5', role: 'main' }],
      mainTill,
    });

  it('shows the Huvudkassan block and judges backups at takenAt', () => {
    const path = file(
      'health.json',
      withHealth({
        edition: 'Express Edition (64-bit)',
        engineEdition: 4,
        startedAt: '2026-11-20T06:00:00Z',
        database: { name: 'PCKassa', dataMB: 8800, logMB: 300 },
        backups: [{ type: 'full', finishedAt: '2026-11-22T22:10:00Z', file: 'D:\\Backup\\CH20261122.BAK' }],
        volume: { totalMB: 120000, freeMB: 30000 },
      }),
    );
    const run = runCli(['check', path, '--lang', 'sv']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Huvudkassan',
      '  Utgåva: Express Edition (64-bit)',
      '  Kassadatabasen: 8,6 av 10 GB (85,9\u00a0%)',
      expect.stringMatching(/^ {2}Senaste säkerhetskopia: 2026-11-2[23] \d\d:10 \(2 dygn sedan\)$/),
      '  Ledigt på disken: 29,3 av 117,2 GB',
      expect.stringMatching(/^ {2}Igång sedan: 2026-11-20 \d\d:00$/),
    ]);
    const json = JSON.parse(runCli(['check', path, '--json']).stdout) as { findings: { code: string; severity: string }[] };
    expect(json.findings.map((f) => [f.code, f.severity])).toEqual([
      ['BACKUP_STALE', 'warning'],
      ['DATABASE_NEAR_LIMIT', 'warning'],
    ]);
  });

  it('a snapshot without mainTill gets no block and no health finding', () => {
    const run = runCli(['check', file('plain.json', JSON.stringify({ takenAt: '2026-11-25T08:00:00Z', tills: [{ name: 'KASSA1', clientId: '1', version: '38,5', role: 'main' }] }))]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Huvudkassan');
  });

  it('names the exact place of a bad mainTill value', () => {
    const path = file('bad.json', withHealth({ backups: [{ type: 'copy', finishedAt: '2026-11-24T22:10:00Z' }] }));
    const run = runCli(['check', path, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${path}: mainTill.backups[0].type: must be one of: full, differential, log`);
    const used = file('used.json', withHealth({ database: { name: 'PCKassa', dataMB: 5000, usedDataMB: 6000 } }));
    expect(runCli(['check', used, '--lang', 'en']).stderr.trim()).toBe(`${used}: mainTill.database.usedDataMB: cannot be more than dataMB (the used space is inside the data files)`);
  });

  it('judges a data file made larger in advance by the space used in it, and says it', () => {
    const path = file('presized.json', withHealth({ engineEdition: 4, database: { name: 'PCKassa', dataMB: 9900, usedDataMB: 6144, logMB: 300 } }));
    const run = runCli(['check', path, '--lang', 'sv']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n').slice(2, 4)).toEqual(['  Kassadatabasen: 6 av 10 GB (60\u00a0%)', '  Datafilerna tar 9,7 GB på disken']);
  });
});
