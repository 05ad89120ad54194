// An independent TDS client (FreeTDS tsql) runs the monitor's own health statements against the sim
// (fed a fleet file with `mainTill`) and sees the same figures `kassavakt status --json` reports:
// database size and the space used in it, free disk, start time, the latest full backup and its file,
// the edition.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_STATEMENTS, IDENTITY_WITH_SIZES_STATEMENT } from '../../src/core/pollQueries.js';
import type { MainTillReading } from '../../src/core/mainTill.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';
import { statusJson } from '../support/statusJson.js';

const HOST = '127.0.46.7';
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-health-tsql-'));
const fleetFile = join(dir, 'fleet.json');
let sim: SimProcess;

beforeAll(async () => {
  writeFileSync(
    fleetFile,
    JSON.stringify({
      tills: [{ name: 'KASSA1', clientId: '1', version: '38,5', role: 'main' }],
      mainTill: {
        edition: 'Express Edition (64-bit)',
        engineEdition: 4,
        startedAt: '2026-11-20T06:00:00Z',
        database: { name: 'PCKassa', dataMB: 8800, usedDataMB: 8600, logMB: 300 },
        backups: [
          { type: 'full', finishedAt: '2026-11-24T22:10:00Z', file: 'D:\\Backup\\CH20261124.BAK' },
          { type: 'full', finishedAt: '2026-11-23T22:05:00Z', file: 'D:\\Backup\\CH20261123.BAK' },
        ],
        volume: { totalMB: 120000, freeMB: 30000 },
      },
    }),
  );
  sim = await startSimProcess(['--host', HOST, '--user', 'kassavakt', '--password', 'hemligt', '--fleet', fleetFile]);
});
afterAll(async () => {
  await sim?.stop();
});

function tsql(batch: string) {
  return spawnSync('tsql', ['-H', HOST, '-p', String(sim.port), '-U', 'kassavakt', '-P', 'hemligt', '-D', 'PCKassa', '-o', 'q'], {
    input: `${batch}\ngo\nexit\n`,
    env: { ...process.env, TDSVER: '7.4' },
    encoding: 'utf8',
    timeout: 15_000,
  });
}

/** Each result set tsql printed: header and rows, tab-separated. */
function tsqlResultSets(batch: string): string[][][] {
  const run = tsql(batch);
  expect(run.status, run.stderr).toBe(0);
  const sets: string[][][] = [];
  const markers = new Set([IDENTITY_WITH_SIZES_STATEMENT, ...HEALTH_STATEMENTS].map((s) => s.marker));
  for (const line of run.stdout.split('\n').filter((l) => l.includes('\t') || l.trim() !== '')) {
    const cells = line.split('\t');
    if (markers.has(cells[0]!)) sets.push([cells]);
    else sets.at(-1)?.push(cells);
  }
  return sets;
}

async function statusMainTill(): Promise<MainTillReading> {
  // Old backups and a big database are findings: exit 1 is expected.
  return (await statusJson<{ mainTill: MainTillReading }>(HOST, sim.port, 'hemligt')).mainTill;
}

/** FreeTDS prints a datetime as "Nov 24 2026 10:10PM" in the server's (here: our) local time. */
function freetdsTime(iso: string): string {
  const d = new Date(iso);
  const month = d.toLocaleString('en-US', { month: 'short' });
  const hour = d.getHours() % 12 === 0 ? 12 : d.getHours() % 12;
  return `${month} ${String(d.getDate()).padStart(2, '0')} ${d.getFullYear()} ${String(hour).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}${d.getHours() < 12 ? 'AM' : 'PM'}`;
}

describe('main till health: status vs FreeTDS', () => {
  it('tsql and status --json read the same figures with the same statements', async () => {
    const [identity, serverState, backups] = tsqlResultSets([IDENTITY_WITH_SIZES_STATEMENT, ...HEALTH_STATEMENTS].map((s) => s.sql).join('\n'));
    const mainTill = await statusMainTill();
    const column = (set: string[][], name: string) => set.slice(1).map((row) => row[set[0]!.indexOf(name)]!);

    expect([column(identity!, 'edition')[0], Number(column(identity!, 'engineEdition')[0])]).toEqual([mainTill.edition, mainTill.engineEdition]);
    const megabytes = (name: string) => (Number(column(identity!, name)[0]) * 8) / 1024;
    expect({ dataMB: megabytes('dataPages'), usedDataMB: megabytes('usedDataPages'), logMB: megabytes('logPages') }).toEqual({
      dataMB: 8800,
      usedDataMB: 8600,
      logMB: 300,
    });
    expect(mainTill.database).toEqual({ name: 'PCKassa', dataMB: 8800, usedDataMB: 8600, logMB: 300 });
    expect({ totalMB: Number(column(serverState!, 'totalBytes')[0]) / 1048576, freeMB: Number(column(serverState!, 'availableBytes')[0]) / 1048576 }).toEqual(mainTill.volume);
    expect(column(serverState!, 'sqlServerStartTime')[0]).toBe(freetdsTime(mainTill.startedAt!));
    const full = mainTill.backups!.find((b) => b.type === 'full')!;
    expect(backups!.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([['D', freetdsTime(full.finishedAt), full.file]]);
    expect(full.file).toBe('D:\\Backup\\CH20261124.BAK');
    expect(mainTill.unreadable).toEqual([]);
  });

  it('without SELECT on msdb (fault deny-msdb), tsql gets error 229 and status names the backups as unreadable', async () => {
    sim.command('fault deny-msdb on');
    await sim.waitForOutput(/fault deny-msdb on/);
    try {
      const backups = HEALTH_STATEMENTS.find((s) => s.piece === 'backups')!;
      const run = tsql(backups.sql);
      expect(`${run.stdout}${run.stderr}`).toMatch(/Msg 229[\s\S]*The SELECT permission was denied on the object 'backupset', database 'msdb', schema 'dbo'\./);
      const mainTill = await statusMainTill();
      expect(mainTill.unreadable.map((u) => u.piece)).toEqual(['backups']);
      expect(mainTill.backups).toBeUndefined();
      expect(mainTill.database?.dataMB).toBe(8800);
    } finally {
      sim.command('clear');
    }
  });
});
