// `kassavakt history` on files a user may have: none yet, damaged, from a newer Kassavakt; bad input;
// and on a machine where better-sqlite3 cannot load (the Windows build ships without it).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/platform/sqlite/index.js';
import { openHistoryStore } from '../../src/store/index.js';
import { t } from '../../src/core/i18n.js';
import { CLI, runCli } from '../support/cli.js';
import { runHistory } from '../support/watchProcess.js';

let data: string;
beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), 'kassavakt-history-cli-'));
});
afterEach(() => rmSync(data, { recursive: true, force: true }));

describe('history command', () => {
  it('starts an empty history and says there is nothing yet', () => {
    const run = runHistory(['--data', data, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Events\n  (none)\n\nVersions per till\n  (none)\n\nOpen problems\n  (none)\n\nThe till database’s size\n  no samples yet\n');
    // Nothing else: no ExperimentalWarning from node:sqlite either.
    expect(run.stderr).toBe('');
    expect(JSON.parse(runHistory(['--data', data, '--json']).stdout)).toEqual({ events: [], timelines: [], openFindings: [], episodes: [], uptime: [], mainTillSizes: [], mainTillGrowth: null });
  });

  it('shows the database’s size and its current growth: the last 90 days, by the used space', () => {
    // 120 daily readings: the data inside a 9.5 GB file grows 1 MB a day, then, for the last 90 days, 10 MB.
    const store = openHistoryStore({ dir: data, lang: 'en' });
    const start = Date.parse('2026-06-01T10:00:00Z');
    for (let day = 0; day <= 120; day++) {
      const at = new Date(start + day * 86_400_000).toISOString();
      const usedDataMB = 6000 + Math.min(day, 30) + 10 * Math.max(0, day - 30);
      store.recordPoll(
        {
          ok: true,
          at,
          latencyMs: 5,
          server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' },
          sessions: [],
          snapshot: { tills: [] },
          mainTill: { engineEdition: 4, database: { name: 'PCKassa', dataMB: 9728, usedDataMB, logMB: 300 }, readAt: at, unreadable: [] },
        },
        [],
      );
    }
    store.close();

    const run = runHistory(['--data', data, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n').slice(-3)).toEqual(['The till database’s size', '  6.8 GB, growing 0.3 GB a month (the last 90 days)', '']);
    const json = JSON.parse(runHistory(['--data', data, '--json']).stdout) as {
      mainTillSizes: { at: string; dataMB: number; usedDataMB: number }[];
      mainTillGrowth: { mbPerDay: number; spanDays: number; mbPerMonth: number };
    };
    expect(json.mainTillSizes).toHaveLength(121);
    expect(json.mainTillSizes.at(-1)).toMatchObject({ dataMB: 9728, usedDataMB: 6930 });
    expect(json.mainTillGrowth.mbPerDay).toBeCloseTo(10, 6);
    expect(json.mainTillGrowth.spanDays).toBeCloseTo(90, 6);
    // --since shows fewer samples; the trend is that of what is shown, still at most the last 90 days.
    const recent = JSON.parse(runHistory(['--data', data, '--json', '--since', '2026-09-19']).stdout) as typeof json;
    expect(recent.mainTillSizes).toHaveLength(11);
    expect(recent.mainTillGrowth.spanDays).toBeCloseTo(10, 6);
  });

  it('moves a damaged file aside and tells where it is', () => {
    const bytes = Buffer.from('this is not a database, just some text that ended up here'.repeat(100));
    writeFileSync(join(data, 'history.db'), bytes);
    const run = runHistory(['--data', data, '--lang', 'sv']);
    expect(run.code).toBe(0);
    const moved = readdirSync(data).find((f) => f.startsWith('history.db.corrupt-'))!;
    expect(run.stderr).toContain(`flyttats undan till ${join(data, moved)}`);
    expect(readFileSync(join(data, moved)).equals(bytes)).toBe(true);
    expect(run.stdout).toContain('Händelser');
  });

  it('refuses a file from a newer Kassavakt with exit code 2 and leaves it as it was', () => {
    const path = join(data, 'history.db');
    const db = openSqlite(path, 'en');
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(path);
    const run = runHistory(['--data', data, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/newer Kassavakt \(format 99/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it.each([
    ['history', []],
    ['watch', ['--server', '127.0.0.1,1', '--count', '1']],
  ])('%s says in one line that history.db is a folder (it was a stack trace)', (command, args) => {
    mkdirSync(join(data, 'history.db'));
    const run = runCli([command, '--data', data, ...args, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${join(data, 'history.db')}: is a folder, not a file\n`);
  });

  // 2026-13-45 was rolled over to 2027-02-14 and exited 0; "1" was read as the year 2001.
  it.each(['igår', '2026-13-45', '2026-02-30', '2026-11-25T24:00', '1'])('rejects a --since of %j with exit 2', (since) => {
    const run = runHistory(['--data', data, '--since', since, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`--since "${since}" is not a date: write e.g. 2026-11-25\n`);
  });

  it.each(['2026-11-25', '2026-11-25 08:00', '2026-11-25T08:00:00Z'])('takes a --since of %j', (since) => {
    const run = runHistory(['--data', data, '--since', since, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).events).toEqual([]);
  });

  it('chooses a driver by itself, also where better-sqlite3 is not beside the build at all', () => {
    const env = { KASSAVAKT_SQLITE_DRIVER: '' };
    // Where it is installed but may not load (built for another Node): better-sqlite3 or node:sqlite.
    const inPlace = runCli(['history', '--data', data, '--lang', 'en'], { env });
    expect([inPlace.code, inPlace.stderr]).toEqual([0, '']);

    const copy = mkdtempSync(join(tmpdir(), 'kassavakt-no-native-'));
    try {
      cpSync(dirname(CLI), join(copy, 'dist'), { recursive: true });
      const run = spawnSync(process.execPath, [join(copy, 'dist', 'kassavakt.js'), 'history', '--data', data, '--lang', 'en'], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
      if (major > 22 || (major === 22 && minor >= 16)) {
        expect([run.status, run.stderr]).toEqual([0, '']);
        expect(run.stdout).toContain('Events');
      } else {
        expect([run.status, run.stderr]).toEqual([2, `${t('en', 'sqlite.unavailable')}\n`]);
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
