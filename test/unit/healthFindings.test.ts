// The main till's health findings at every threshold edge: the Express limit (79.9 / 80 / 95 % of the
// used data space), backup age (36 h, 7 days, none), free disk (10 % / 5 GB, 2 % / 1 GB), unreadable
// pieces with the T-SQL that fixes them, and the growth forecast that needs a week of samples and
// goes by the last 90 days.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import type { Finding } from '../../src/core/findings.js';
import { assessMainTill, grantFor, healthUnknown } from '../../src/core/healthFindings.js';
import { formatLocalTime } from '../../src/core/localTime.js';
import { EXPRESS_DATA_LIMIT_MB, type MainTillHealth } from '../../src/core/mainTill.js';
import { assessPoll, assessSnapshot } from '../../src/core/pollAssessment.js';
import { currentGrowth, dataGrowth, type SizeSample } from '../../src/core/sizeGrowth.js';

const settings = defaultConfig().health;
const AT = '2026-11-25T08:00:00.000Z';
const HOUR = 3_600_000;
const before = (ms: number) => new Date(Date.parse(AT) - ms).toISOString();

function judge(health: MainTillHealth, growth: ReturnType<typeof dataGrowth> = null): Finding[] {
  return assessMainTill(health, { at: AT, settings, lang: 'sv', growth: () => growth });
}
const codes = (findings: Finding[]) => findings.map((f) => [f.code, f.severity]);

const express = (dataMB: number): MainTillHealth => ({
  edition: 'Express Edition (64-bit)',
  engineEdition: 4,
  database: { name: 'PCKassa', dataMB, logMB: 300 },
});

describe('DATABASE_NEAR_LIMIT (Express only)', () => {
  it.each([
    ['Express at 79.9 %', express(EXPRESS_DATA_LIMIT_MB * 0.799), []],
    ['Express at 80 %', express(EXPRESS_DATA_LIMIT_MB * 0.8), [['DATABASE_NEAR_LIMIT', 'warning']]],
    ['Express at 94.9 %', express(EXPRESS_DATA_LIMIT_MB * 0.949), [['DATABASE_NEAR_LIMIT', 'warning']]],
    ['Express at 95 %', express(EXPRESS_DATA_LIMIT_MB * 0.95), [['DATABASE_NEAR_LIMIT', 'error']]],
    ['Standard at 99 %', { ...express(EXPRESS_DATA_LIMIT_MB * 0.99), edition: 'Standard Edition (64-bit)', engineEdition: 2 }, []],
    ['an unknown edition at 99 %', { database: { name: 'PCKassa', dataMB: EXPRESS_DATA_LIMIT_MB * 0.99, logMB: 0 } }, []],
  ] as const)('%s', (_, health, expected) => {
    expect(codes(judge(health as MainTillHealth))).toEqual(expected);
  });

  it.each([
    ['a data file made larger in advance: 9.9 GB on disk, 6 GB used', { name: 'PCKassa', dataMB: 9900, usedDataMB: 6144, logMB: 100 }, []],
    ['used 80 % in a file of 9.9 GB', { name: 'PCKassa', dataMB: 9900, usedDataMB: EXPRESS_DATA_LIMIT_MB * 0.8, logMB: 100 }, [['DATABASE_NEAR_LIMIT', 'warning']]],
    ['used 95 % in a full file', { name: 'PCKassa', dataMB: EXPRESS_DATA_LIMIT_MB, usedDataMB: EXPRESS_DATA_LIMIT_MB * 0.95, logMB: 100 }, [['DATABASE_NEAR_LIMIT', 'error']]],
    ['used space not known: the files’ size stands in', { name: 'PCKassa', dataMB: EXPRESS_DATA_LIMIT_MB * 0.8, logMB: 100 }, [['DATABASE_NEAR_LIMIT', 'warning']]],
  ] as const)('judges the used data space: %s', (_, database, expected) => {
    expect(codes(judge({ ...express(0), database }))).toEqual(expected);
  });

  it('says the used size and its share of the limit', () => {
    const [finding] = judge({ ...express(0), database: { name: 'PCKassa', dataMB: 10_000, usedDataMB: 8806, logMB: 0 } });
    expect(finding!.message).toBe('Kassadatabasen är 8,6 av 10 GB (86\u00a0%).');
  });

  it('says size and share in the user’s words; the log does not count', () => {
    const [finding] = judge({ ...express(8806), database: { name: 'PCKassa', dataMB: 8806, logMB: 5000 } });
    expect(finding!.message).toBe('Kassadatabasen är 8,6 av 10 GB (86\u00a0%).');
    expect(finding!.advice).toContain('Nutids support');
  });

  const daily = (days: number, startMB: number, mbPerDay: number): SizeSample[] =>
    Array.from({ length: days + 1 }, (_, i) => ({ at: before((days - i) * 24 * HOUR), dataMB: startMB + i * mbPerDay }));

  it('forecasts the month it is full from a week of daily samples', () => {
    // 10 MB a day from 8806 MB: (10240 − 8806) / 10 ≈ 143 days after 2026-11-25 → April 2027.
    const growth = dataGrowth(daily(7, 8736, 10));
    expect(growth?.mbPerDay).toBeCloseTo(10, 6);
    const [finding] = judge(express(8806), growth);
    expect(finding!.message).toBe(
      'Kassadatabasen är 8,6 av 10 GB (86\u00a0%) och har vuxit 0,3 GB i månaden de senaste 7 dygnen: full omkring april 2027.',
    );
  });

  it('goes by the current growth: the last 90 days, not the whole history', () => {
    // A year of 1 MB a day, then 90 days of 20 MB a day: the forecast is at 20 MB a day.
    const year = daily(455, 1000, 1).map((s, i) => (i <= 365 ? s : { ...s, dataMB: 1365 + (i - 365) * 20 }));
    expect(dataGrowth(year)!.mbPerDay).toBeLessThan(10);
    const growth = currentGrowth(year)!;
    expect(growth.mbPerDay).toBeCloseTo(20, 6);
    expect(growth.spanDays).toBeCloseTo(90, 6);
    const [finding] = judge(express(EXPRESS_DATA_LIMIT_MB * 0.9), growth);
    expect(finding!.message).toContain('har vuxit 0,6 GB i månaden de senaste 90 dygnen');
  });

  it('counts used space, and does not take the step from the files’ size to the used space for growth', () => {
    // Samples from before the used space was read (the file, 9 GB, flat) and after (used, growing).
    const before = daily(30, 9216, 0).slice(0, 20);
    const after = daily(30, 7000, 10).slice(20).map((s) => ({ ...s, usedDataMB: s.dataMB, dataMB: 9216 }));
    const growth = currentGrowth([...before, ...after])!;
    expect(growth.mbPerDay).toBeCloseTo(10, 6);
    expect(currentGrowth([...before, ...after.slice(0, 3)])).toBeNull();
  });

  it('gives no forecast from less than seven days, nor for a database that does not grow', () => {
    const short = daily(7, 8736, 10).slice(1);
    expect(dataGrowth(short)).toBeNull();
    const flat = dataGrowth(daily(10, 8806, 0));
    expect(judge(express(8806), flat)[0]!.message).toBe('Kassadatabasen är 8,6 av 10 GB (86\u00a0%).');
  });
});

describe('BACKUP_MISSING and BACKUP_STALE', () => {
  const full = (ageMs: number) => ({ type: 'full' as const, finishedAt: before(ageMs), file: 'D:\\Backup\\CH20261124.BAK' });
  it.each([
    ['a full backup 36 h old', [full(36 * HOUR)], []],
    ['a full backup 36 h and a minute old', [full(36 * HOUR + 60_000)], [['BACKUP_STALE', 'warning']]],
    ['a full backup 7 days old', [full(7 * 24 * HOUR)], [['BACKUP_STALE', 'warning']]],
    ['a full backup 7 days and a minute old', [full(7 * 24 * HOUR + 60_000)], [['BACKUP_STALE', 'error']]],
    ['no backup at all', [], [['BACKUP_MISSING', 'error']]],
    ['only log and differential backups', [{ type: 'log', finishedAt: before(HOUR) }, { type: 'differential', finishedAt: before(HOUR) }], [['BACKUP_MISSING', 'error']]],
    ['an old full and a new full backup', [full(30 * 24 * HOUR), full(2 * HOUR)], []],
  ] as const)('%s', (_, backups, expected) => {
    expect(codes(judge({ backups: [...backups] as MainTillHealth['backups'] }))).toEqual(expected);
  });

  it('names the time and file of the last backup and says to run dagsavslut', () => {
    const [finding] = judge({ backups: [full(40 * HOUR)] });
    const time = formatLocalTime(new Date(before(40 * HOUR)));
    expect(finding!.message).toBe(`Senaste säkerhetskopian av kassadatabasen gjordes ${time} (40 timmar sedan): D:\\Backup\\CH20261124.BAK.`);
    expect(finding!.advice).toMatch(/dagsavslut.*backupmappen/);
    expect(judge({ backups: [full(9 * 24 * HOUR)] })[0]!.message).toContain('(9 dygn sedan)');
  });

  it('says nothing about backups it has not read', () => {
    expect(judge({})).toEqual([]);
  });
});

describe('DISK_LOW', () => {
  const GB = 1024;
  it.each([
    ['10 % and 12 GB free', 120 * GB, 12 * GB, []],
    ['9.9 % free', 120 * GB, 0.099 * 120 * GB, [['DISK_LOW', 'warning']]],
    ['5 GB free on a small disk (12.5 %)', 40 * GB, 5 * GB, []],
    ['4.9 GB free on a small disk (12 %)', 40 * GB, 4.9 * GB, [['DISK_LOW', 'warning']]],
    ['2 % free', 500 * GB, 10 * GB, [['DISK_LOW', 'warning']]],
    ['1.9 % free', 500 * GB, 0.019 * 500 * GB, [['DISK_LOW', 'error']]],
    ['1 GB free on a 30 GB disk (3.3 %)', 30 * GB, 1 * GB, [['DISK_LOW', 'warning']]],
    ['0.9 GB free on a 30 GB disk (3 %)', 30 * GB, 0.9 * GB, [['DISK_LOW', 'error']]],
  ] as const)('%s', (_, totalMB, freeMB, expected) => {
    expect(codes(judge({ volume: { totalMB, freeMB } }))).toEqual(expected);
  });
});

describe('HEALTH_UNKNOWN', () => {
  it('names every piece it may not read and the exact GRANT, once per right', () => {
    const finding = healthUnknown(
      [
        { piece: 'backups', detail: "The SELECT permission was denied on the object 'backupset', database 'msdb', schema 'dbo'." },
        { piece: 'volume', detail: 'VIEW SERVER STATE permission was denied' },
        { piece: 'serverStart', detail: 'VIEW SERVER STATE permission was denied' },
      ],
      'kassavakt',
      'sv',
    )!;
    expect([finding.code, finding.severity]).toEqual(['HEALTH_UNKNOWN', 'warning']);
    expect(finding.message).toBe('Kassavakt får inte läsa säkerhetskopiorna, ledigt diskutrymme och när SQL Server startade på huvudkassan, så det kan inte kontrolleras.');
    // A server permission only in master (Msg 4621); in msdb a user for the login first (Msg 15151).
    expect(finding.advice).toBe(
      'Kör skriptet från "kassavakt login-script" på huvudkassan, eller ge inloggningen rätten i SQL Server: ' +
        "USE msdb; IF DATABASE_PRINCIPAL_ID(N'kassavakt') IS NULL CREATE USER [kassavakt] FOR LOGIN [kassavakt]; " +
        'GRANT SELECT ON dbo.backupset TO [kassavakt]; GRANT SELECT ON dbo.backupmediafamily TO [kassavakt]; ' +
        'USE master; GRANT VIEW SERVER STATE TO [kassavakt];',
    );
  });

  it('quotes the login as QUOTENAME does, and as an N\'\' literal where T-SQL wants its name as text', () => {
    expect(grantFor('sessions', 'BUTIK\\kassa]vakt')).toBe('USE master; GRANT VIEW SERVER STATE TO [BUTIK\\kassa]]vakt];');
    expect(grantFor('backups', "BUTIK\\o'kassa]")).toBe(
      "USE msdb; IF DATABASE_PRINCIPAL_ID(N'BUTIK\\o''kassa]') IS NULL CREATE USER [BUTIK\\o'kassa]]] FOR LOGIN [BUTIK\\o'kassa]]]; " +
        "GRANT SELECT ON dbo.backupset TO [BUTIK\\o'kassa]]]; GRANT SELECT ON dbo.backupmediafamily TO [BUTIK\\o'kassa]]];",
    );
  });

  it('is not raised when everything could be read', () => {
    expect(healthUnknown([], 'kassavakt', 'sv')).toBeNull();
  });

  it('comes from a live poll: sessions it could not read count too', () => {
    const assessment = assessPoll(
      {
        at: AT,
        server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa', login: 'kassavakt' },
        snapshot: { tills: [{ name: 'KASSA1', role: 'main', clientId: 1, version: '38,5' }] },
        sessionsError: 'VIEW SERVER STATE permission was denied',
        mainTill: { ...express(1000), backups: [], readAt: AT, unreadable: [{ piece: 'volume', detail: 'denied' }] },
      },
      'en',
    );
    expect(codes(assessment.findings)).toEqual([['BACKUP_MISSING', 'error'], ['HEALTH_UNKNOWN', 'warning']]);
    expect(assessment.findings[1]!.message).toBe('Kassavakt may not read which tills are connected and the free disk space on the main till, so it cannot be checked.');
  });
});

describe('check (a snapshot file)', () => {
  const tills = [{ name: 'KASSA1', role: 'main' as const, clientId: 1, version: '38,5' }];
  const backups = [{ type: 'full' as const, finishedAt: '2026-11-24T22:10:00Z', file: 'D:\\Backup\\CH20261124.BAK' }];

  it('judges the backup age at takenAt, not at the time check runs', () => {
    const fresh = assessSnapshot({ takenAt: '2026-11-25T08:00:00Z', tills, mainTill: { backups } }, 'sv', new Date('2027-06-01T00:00:00Z'));
    expect(fresh.findings).toEqual([]);
    const old = assessSnapshot({ takenAt: '2026-12-05T08:00:00Z', tills, mainTill: { backups } }, 'sv', new Date('2026-11-25T08:00:00Z'));
    expect(codes(old.findings)).toEqual([['BACKUP_STALE', 'error']]);
  });

  it('a snapshot without mainTill gets no health findings', () => {
    expect(assessSnapshot({ takenAt: AT, tills }, 'sv', new Date(AT)).findings).toEqual([]);
  });

  it('takes its thresholds from the settings', () => {
    const strict = { ...settings, sizeWarningPercent: 50 };
    const findings = assessSnapshot({ takenAt: AT, tills, mainTill: express(6000) }, 'sv', new Date(AT), strict).findings;
    expect(codes(findings)).toEqual([['DATABASE_NEAR_LIMIT', 'warning']]);
  });
});
