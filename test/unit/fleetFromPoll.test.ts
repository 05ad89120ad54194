import { describe, expect, it } from 'vitest';
import { DEFAULT_TILL_PROGRAM_PATTERN } from '../../src/core/config.js';
import { fleetFromPoll, isTillSession, tillsFromProfileRows, type ProfileTill } from '../../src/core/fleetFromPoll.js';
import { tillsKnown, type SessionInfo } from '../../src/core/poll.js';
import { assessPoll } from '../../src/core/pollAssessment.js';

const tillProgram = new RegExp(DEFAULT_TILL_PROGRAM_PATTERN, 'i');
const at = '2026-11-25T08:00:00.000Z';
const server = { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' };

const session = (sessionId: number, hostName: string, programName = 'PC-Kassa', address?: string): SessionInfo => ({
  sessionId,
  hostName,
  programName,
  ...(address ? { address } : {}),
});

describe('tillsFromProfileRows', () => {
  it('maps aliased columns (any case) to till fields, skipping rows without a name', () => {
    const rows = [
      { clientid: 1, NAME: 'KASSA1', Version: '38,5', edition: 'Fiscal', isbackoffice: false, address: '10.0.0.1', lastseen: new Date(at) },
      { clientid: '7 ', NAME: ' BO ', Version: 38.05, edition: 'kontrollbox', isbackoffice: 1, address: '', lastseen: 'not a date' },
      { clientid: null, NAME: null, Version: '38,5' },
      { clientid: 3n, NAME: 'KASSA3', Version: null, isbackoffice: null },
    ];
    const result = tillsFromProfileRows(rows, ['clientid', 'NAME', 'Version', 'edition', 'isbackoffice', 'address', 'lastseen']);
    expect(result).toEqual({
      ok: true,
      tills: [
        { name: 'KASSA1', clientId: 1, version: '38,5', edition: 'fiscal', isBackoffice: false, address: '10.0.0.1', lastSeen: at },
        { name: 'BO', clientId: '7', version: '38.05', isBackoffice: true },
        { name: 'KASSA3', clientId: '3' },
      ],
    });
  });

  it('says so when the profile has no name column', () => {
    expect(tillsFromProfileRows([{ Datornamn: 'KASSA1' }], ['Datornamn'])).toEqual({ ok: false, problem: 'noNameColumn' });
  });
});

describe('isTillSession', () => {
  it('keeps PC-Kassa sessions, drops our own session, other programs and nameless hosts', () => {
    expect(isTillSession(session(51, 'KASSA2'), tillProgram, 60)).toBe(true);
    expect(isTillSession(session(60, 'BO', 'PC-Kassa'), tillProgram, 60)).toBe(false);
    expect(isTillSession(session(52, 'BO', 'Kassavakt'), tillProgram, 60)).toBe(false);
    expect(isTillSession(session(53, '', 'PC-Kassa'), tillProgram, 60)).toBe(false);
  });
});

describe('fleetFromPoll', () => {
  const profileTills: ProfileTill[] = [
    { name: 'KASSA1', clientId: 1, version: '38,5', isBackoffice: false, address: '10.0.0.1', lastSeen: '2026-11-24T17:00:00.000Z' },
    { name: 'Kassa2', clientId: 2, version: '38,5', isBackoffice: false, address: '10.0.0.2' },
    { name: 'BO', clientId: 2, version: '38,05' },
    { name: 'KASSA4', clientId: 4, version: '38,5', isBackoffice: true },
  ];

  it('merges profile and sessions by machine name and resolves roles', () => {
    const snapshot = fleetFromPoll({
      at,
      server,
      serverString: 'KASSA1\\PCKASSA',
      sessions: [
        session(51, 'kassa1', 'PC-Kassa', '127.0.0.1'),
        session(52, 'KASSA2', 'PCKassa.exe', '10.0.0.22'),
        session(53, 'BO', 'PC-Kassa', '10.0.0.9'),
        session(54, 'KASSA5', 'PC-Kassa', '10.0.0.5'),
        session(55, 'BO', 'Kassavakt', '10.0.0.9'),
        session(56, 'LAPTOP', 'Microsoft SQL Server Management Studio'),
      ],
      ownSessionId: 55,
      profileTills,
      localMachine: 'bo',
      tillProgram,
    });
    expect(snapshot.server).toBe('KASSA1\\PCKASSA');
    expect(snapshot.takenAt).toBe(at);
    expect(snapshot.tills).toEqual([
      { name: 'KASSA1', clientId: 1, version: '38,5', address: '127.0.0.1', lastSeen: at, role: 'main', connected: true },
      { name: 'Kassa2', clientId: 2, version: '38,5', address: '10.0.0.22', lastSeen: at, role: 'sales', connected: true },
      { name: 'BO', clientId: 2, version: '38,05', address: '10.0.0.9', lastSeen: at, role: 'backoffice', connected: true },
      { name: 'KASSA4', clientId: 4, version: '38,5', role: 'backoffice', connected: false },
      { name: 'KASSA5', address: '10.0.0.5', lastSeen: at, role: 'sales', connected: true },
    ]);
  });

  it('lets the profile role win over "this is the machine Kassavakt runs on"', () => {
    const snapshot = fleetFromPoll({ at, server, sessions: [], profileTills, localMachine: 'KASSA2', tillProgram });
    expect(snapshot.tills.find((t) => t.name === 'Kassa2')?.role).toBe('sales');
    expect(snapshot.tills.every((t) => t.connected === false)).toBe(true);
  });

  it('builds the fleet from the sessions alone when the profile failed', () => {
    const snapshot = fleetFromPoll({
      at,
      server,
      sessions: [session(51, 'KASSA1'), session(52, 'KASSA2'), session(53, 'BO')],
      profileTills: null,
      localMachine: 'BO',
      tillProgram,
    });
    expect(snapshot.tills.map((t) => [t.name, t.role, t.connected])).toEqual([
      ['KASSA1', 'main', true],
      ['KASSA2', 'sales', true],
      ['BO', 'backoffice', true],
    ]);
  });
});

describe('sessions that could not be read', () => {
  const profileTills: ProfileTill[] = [{ name: 'KASSA1', clientId: 1, version: '38,5', lastSeen: '2026-11-24T17:00:00.000Z' }, { name: 'KASSA2', clientId: 2, version: '38,5' }];

  it('leave every till’s connection unsaid, neither connected nor not', () => {
    const snapshot = fleetFromPoll({ at, server, sessions: null, profileTills, localMachine: 'BO', tillProgram });
    expect(snapshot.tills).toEqual([
      { name: 'KASSA1', clientId: 1, version: '38,5', lastSeen: '2026-11-24T17:00:00.000Z', role: 'main' },
      { name: 'KASSA2', clientId: 2, version: '38,5', role: 'sales' },
    ]);
  });

  it('with no profile either, leave the tills unknown (tillsKnown)', () => {
    expect(fleetFromPoll({ at, server, sessions: null, profileTills: null, localMachine: 'BO', tillProgram }).tills).toEqual([]);
    expect(tillsKnown({ sessions: null, profileError: 'Invalid column name' })).toBe(false);
    expect(tillsKnown({ sessions: null })).toBe(true);
    expect(tillsKnown({ sessions: [], profileError: 'Invalid object name' })).toBe(true);
  });
});

describe('assessPoll', () => {
  const tills = [
    { name: 'KASSA1', role: 'main' as const, connected: true },
    { name: 'KASSA2', role: 'sales' as const, connected: true },
  ];
  const polled = { at: '2026-11-25T08:00:00Z', server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' } };

  it('replaces per-till "unknown" findings with one PROFILE_FAILED warning when the profile failed', () => {
    const assessment = assessPoll({ ...polled, snapshot: { tills }, profileError: 'Invalid object name dbo.Kassor' }, 'sv');
    expect(assessment.findings.map((f) => [f.code, f.severity])).toEqual([['PROFILE_FAILED', 'warning']]);
    expect(assessment.findings[0]!.advice).toContain('kassavakt discover');
  });

  it('is the fleet assessment when the profile worked', () => {
    const assessment = assessPoll({ ...polled, snapshot: { tills } }, 'sv');
    expect(assessment.findings.map((f) => f.code)).toEqual(['UNKNOWN_VERSION', 'UNKNOWN_VERSION', 'MISSING_CLIENT_ID', 'MISSING_CLIENT_ID']);
  });
});
