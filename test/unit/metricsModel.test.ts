import { describe, expect, it } from 'vitest';
import type { Till } from '../../src/core/fleet.js';
import { FINDING_SEVERITIES } from '../../src/core/findings.js';
import { metricValues } from '../../src/core/metricsModel.js';
import { assessFleet } from '../../src/core/rules.js';

const shop: Till[] = [
  { name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true },
  { name: 'KASSA2', role: 'sales', clientId: 2, version: '38,5', connected: true },
  { name: 'KASSA3', role: 'sales', clientId: 2, version: '38,4', connected: false },
  { name: 'BACKOFFICE', role: 'backoffice', version: ' v38,05.0.1234 ', connected: true },
];

describe('metricValues', () => {
  const { tills, findings } = assessFleet(shop, 'sv');

  it('counts tills per role and connected tills, and lists each till with its raw version and edition', () => {
    const values = metricValues({ lastPoll: { at: '2026-11-30T08:00:00.000Z', ok: true, latencyMs: 250 }, lastSuccess: { at: '2026-11-30T08:00:00.000Z', latencyMs: 0, ok: true }, tills, findings });
    expect(values.tillsByRole).toEqual({ main: 1, sales: 2, backoffice: 1 });
    expect(values.tillsConnected).toBe(3);
    expect(values.tillInfo).toContainEqual({ till: 'BACKOFFICE', role: 'backoffice', version: ' v38,05.0.1234 ', edition: 'nonfiscal', client_id: '' });
    expect(values.tillInfo).toContainEqual({ till: 'KASSA3', role: 'sales', version: '38,4', edition: 'fiscal', client_id: '2' });
  });

  it('says when the last poll ended and when the main till last answered, in Unix seconds', () => {
    const values = metricValues({ lastPoll: { at: '2026-11-30T08:01:00.000Z', ok: false, latencyMs: 5000 }, lastSuccess: { at: '2026-11-30T08:00:00.000Z', latencyMs: 0, ok: true }, tills, findings });
    expect(values.up).toBe(0);
    expect(values.lastPollSeconds).toBe(Date.parse('2026-11-30T08:01:05.000Z') / 1000);
    expect(values.lastSuccessSeconds).toBe(Date.parse('2026-11-30T08:00:00.000Z') / 1000);
  });

  it('has no up or timestamps before the first poll, rather than a false 0', () => {
    const values = metricValues({ lastPoll: null, lastSuccess: null, tills: [], findings: [] });
    expect(values).not.toHaveProperty('up');
    expect(values).not.toHaveProperty('lastPollSeconds');
    expect(values).not.toHaveProperty('lastSuccessSeconds');
  });

  it('lists every finding code with each severity it can have, counting the open ones and 0 for the rest', () => {
    const values = metricValues({ lastPoll: null, lastSuccess: null, tills, findings });
    const expectedSeries = Object.values(FINDING_SEVERITIES).reduce((sum, severities) => sum + severities.length, 0);
    expect(values.findings).toHaveLength(expectedSeries);
    const count = (code: string) => values.findings.filter((f) => f.code === code).reduce((sum, f) => sum + f.count, 0);
    expect(count('EDITION_MISMATCH')).toBe(1);
    expect(count('VERSION_MISMATCH')).toBe(1);
    expect(count('DUPLICATE_CLIENT_ID')).toBe(1);
    expect(count('MISSING_CLIENT_ID')).toBe(1);
    expect(count('PROFILE_FAILED')).toBe(0);
  });

  it('knows every severity the rules raise (a finding never falls outside the exported series)', () => {
    for (const finding of findings) expect(FINDING_SEVERITIES[finding.code]).toContain(finding.severity);
  });
});

describe('metricValues for the main till’s health', () => {
  const lastSuccess = { at: '2026-11-26T22:10:00.000Z', latencyMs: 20, ok: true };
  const base = { lastPoll: lastSuccess, lastSuccess, tills: [], findings: [] };

  it('gives the backup age, the data size against the Express limit and the free space, in seconds and bytes', () => {
    const values = metricValues({
      ...base,
      mainTill: {
        engineEdition: 4,
        database: { name: 'PCKassa', dataMB: 8800, logMB: 300 },
        backups: [
          { type: 'full', finishedAt: '2026-11-24T22:10:00Z', file: 'D:\\Backup\\CH20261124.BAK' },
          { type: 'full', finishedAt: '2026-11-23T22:10:00Z', file: 'D:\\Backup\\CH20261123.BAK' },
          { type: 'log', finishedAt: '2026-11-26T20:00:00Z', file: 'D:\\Backup\\log.TRN' },
        ],
        volume: { totalMB: 120000, freeMB: 30000 },
      },
    });
    expect(values.backupAgeSeconds).toBe(2 * 86400);
    expect(values.databaseDataBytes).toBe(8800 * 1048576);
    expect(values.databaseLimitBytes).toBe(10 * 1024 * 1048576);
    expect(values.volumeFreeBytes).toBe(30000 * 1048576);
  });

  it('has no limit for an edition without one, and no age when no full backup is known', () => {
    const values = metricValues({ ...base, mainTill: { engineEdition: 3, database: { name: 'PCKassa', dataMB: 20000, logMB: 1 }, backups: [] } });
    expect(values.databaseDataBytes).toBe(20000 * 1048576);
    const used = metricValues({ ...base, mainTill: { engineEdition: 4, database: { name: 'PCKassa', dataMB: 10000, usedDataMB: 2500, logMB: 1 } } });
    // A pre-sized file is not a full one: the limit is judged on the space used.
    expect(used.databaseDataBytes).toBe(2500 * 1048576);
    expect(values).not.toHaveProperty('databaseLimitBytes');
    expect(values).not.toHaveProperty('backupAgeSeconds');
    expect(values).not.toHaveProperty('volumeFreeBytes');
  });

  it('says nothing of the health before the main till ever answered', () => {
    const values = metricValues({ ...base, lastSuccess: null, mainTill: { engineEdition: 4, database: { name: 'PCKassa', dataMB: 1, logMB: 1 } } });
    expect(values).not.toHaveProperty('databaseDataBytes');
  });
});
