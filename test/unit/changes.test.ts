import { describe, expect, it } from 'vitest';
import { diffPoll, emptyState, type KnownState } from '../../src/core/changes.js';
import type { Till } from '../../src/core/fleet.js';
import type { Finding } from '../../src/core/findings.js';
import type { PollResult, UnreachableReason } from '../../src/core/poll.js';

/** The alert policy's defaults: three failed polls confirm an outage, two good ones its end. */
const confirmation = { unreachableAfterPolls: 3, reachableAfterPolls: 2 };

const server = { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' };

function ok(at: string, tills: Till[], profileError?: string): PollResult {
  return { ok: true, at, latencyMs: 12, server, sessions: [], snapshot: { tills }, ...(profileError ? { profileError } : {}) };
}

const fleet = (): Till[] => [
  { name: 'KASSA1', role: 'main', version: '38,5', clientId: 1, connected: true },
  { name: 'KASSA2', role: 'sales', version: '38,5', clientId: 2, connected: true },
];

function run(polls: [PollResult, Finding[]][], start: KnownState = emptyState()) {
  let state = start;
  const all = [];
  for (const [poll, findings] of polls) {
    const { changes, next } = diffPoll(state, poll, findings, confirmation);
    all.push(...changes);
    state = next;
  }
  return { changes: all, state };
}

const mismatch: Finding = { code: 'VERSION_MISMATCH', severity: 'warning', tills: ['KASSA2'], message: 'KASSA2 är efter', advice: '' };

describe('diffPoll', () => {
  it('announces each till once when first seen, then nothing while nothing changes', () => {
    const { changes } = run([
      [ok('2026-11-25T07:00:00.000Z', fleet()), []],
      [ok('2026-11-25T07:01:00.000Z', fleet()), []],
      [ok('2026-11-25T07:02:00.000Z', fleet()), []],
    ]);
    expect(changes.map((c) => [c.type, 'till' in c ? c.till : null])).toEqual([
      ['till.seen', 'KASSA1'],
      ['till.seen', 'KASSA2'],
    ]);
    expect(changes[1]).toMatchObject({ version: '38,5', edition: 'fiscal', clientId: '2', role: 'sales', connected: true });
  });

  it('records version, edition, Client ID, role and connection changes, ignoring spelling of the same version', () => {
    const later = fleet();
    later[1] = { ...later[1]!, version: '38.6', clientId: '5', role: 'backoffice', connected: false };
    const spelled = fleet();
    spelled[0] = { ...spelled[0]!, version: ' 38.5.0.1234 ', clientId: '01' };
    const { changes } = run([
      [ok('2026-11-25T07:00:00.000Z', fleet()), []],
      [ok('2026-11-25T07:01:00.000Z', spelled), []],
      [ok('2026-11-25T08:01:00.000Z', later), []],
    ]);
    expect(changes.slice(2)).toEqual([
      { type: 'till.version', at: '2026-11-25T08:01:00.000Z', till: 'KASSA2', from: '38,5', to: '38,6', fromEdition: 'fiscal', toEdition: 'fiscal' },
      { type: 'till.clientId', at: '2026-11-25T08:01:00.000Z', till: 'KASSA2', from: '2', to: '5' },
      { type: 'till.role', at: '2026-11-25T08:01:00.000Z', till: 'KASSA2', from: 'sales', to: 'backoffice' },
      { type: 'till.disconnected', at: '2026-11-25T08:01:00.000Z', till: 'KASSA2' },
    ]);
  });

  it('records an edition change (38,5 → 38,5 NORSK) as a version change', () => {
    const norsk = fleet();
    norsk[1] = { ...norsk[1]!, version: '38,5 NORSK' };
    const { changes } = run([
      [ok('2026-11-25T07:00:00.000Z', fleet()), []],
      [ok('2026-11-25T07:01:00.000Z', norsk), []],
    ]);
    expect(changes[2]).toMatchObject({ type: 'till.version', from: '38,5', to: '38,5 NORSK', fromEdition: 'fiscal', toEdition: 'norway' });
  });

  it('treats a till missing from the poll as disconnected, once, and connected again when it returns', () => {
    const { changes } = run([
      [ok('2026-11-25T07:00:00.000Z', fleet()), []],
      [ok('2026-11-25T20:00:00.000Z', fleet().slice(0, 1)), []],
      [ok('2026-11-25T20:01:00.000Z', fleet().slice(0, 1)), []],
      [ok('2026-11-26T07:00:00.000Z', fleet()), []],
    ]);
    expect(changes.slice(2).map((c) => c.type)).toEqual(['till.disconnected', 'till.connected']);
  });

  it('makes a finding one episode: raised once, cleared once with its start', () => {
    const { changes, state } = run([
      [ok('2026-11-25T07:00:00.000Z', fleet()), []],
      [ok('2026-11-25T07:01:00.000Z', fleet()), [mismatch]],
      [ok('2026-11-25T07:02:00.000Z', fleet()), [{ ...mismatch, message: 'same problem, other words' }]],
      [ok('2026-11-25T09:00:00.000Z', fleet()), []],
    ]);
    expect(changes.slice(2)).toEqual([
      { type: 'finding.raised', at: '2026-11-25T07:01:00.000Z', key: 'VERSION_MISMATCH', code: 'VERSION_MISMATCH', severity: 'warning', tills: ['KASSA2'], message: 'KASSA2 är efter' },
      { type: 'finding.cleared', at: '2026-11-25T09:00:00.000Z', key: 'VERSION_MISMATCH', code: 'VERSION_MISMATCH', severity: 'warning', tills: ['KASSA2'], since: '2026-11-25T07:01:00.000Z' },
    ]);
    expect(state.findings.size).toBe(0);
  });

  it('makes an outage one unreachable/reachable pair with its reason, dated from its first failed and first good poll', () => {
    const fail = (at: string, reason: UnreachableReason = 'PORT_CLOSED'): PollResult => ({ ok: false, at, latencyMs: 5000, reason, detail: 'ECONNREFUSED 127.0.0.1:1433' });
    const { changes, state } = run([
      [ok('2026-11-25T07:00:00.000Z', fleet()), [mismatch]],
      [fail('2026-11-25T22:00:00.000Z'), []],
      [fail('2026-11-25T22:01:00.000Z'), []],
      [fail('2026-11-25T22:02:00.000Z', 'TIMEOUT'), []],
      [ok('2026-11-25T23:00:00.000Z', fleet()), [mismatch]],
      [ok('2026-11-25T23:01:00.000Z', fleet()), [mismatch]],
    ]);
    expect(changes.slice(3)).toEqual([
      { type: 'server.unreachable', at: '2026-11-25T22:00:00.000Z', reason: 'PORT_CLOSED', detail: 'ECONNREFUSED 127.0.0.1:1433' },
      { type: 'server.reachable', at: '2026-11-25T23:00:00.000Z', since: '2026-11-25T22:00:00.000Z', reason: 'PORT_CLOSED' },
    ]);
    expect(state.server).toEqual({ reachable: true, since: '2026-11-25T23:00:00.000Z' });
    expect(state.pending).toBeNull();
  });

  it('records nothing for failed polls the alert policy does not count as an outage', () => {
    const fail = (at: string): PollResult => ({ ok: false, at, latencyMs: 5000, reason: 'TIMEOUT', detail: 'timeout' });
    const { changes, state } = run([
      [ok('2026-11-25T07:00:00.000Z', fleet()), []],
      [fail('2026-11-25T07:01:00.000Z'), []],
      [ok('2026-11-25T07:02:00.000Z', fleet()), []],
      [fail('2026-11-25T07:03:00.000Z'), []],
      [fail('2026-11-25T07:04:00.000Z'), []],
    ]);
    expect(changes.filter((c) => c.type.startsWith('server.'))).toEqual([]);
    expect(state.server).toEqual({ reachable: true, since: '2026-11-25T07:00:00.000Z' });
    expect(state.pending).toEqual({ ok: false, count: 2, since: '2026-11-25T07:03:00.000Z', reason: 'TIMEOUT', detail: 'timeout' });
  });

  it('records an unreachable main till from the very first poll once confirmed, but no "reachable" for a first good poll', () => {
    const fail = (at: string): PollResult => ({ ok: false, at, latencyMs: 1, reason: 'DNS_FAILED', detail: 'ENOTFOUND' });
    const first = run([
      [fail('2026-11-25T07:00:00.000Z'), []],
      [fail('2026-11-25T07:01:00.000Z'), []],
      [fail('2026-11-25T07:02:00.000Z'), []],
    ]);
    expect(first.changes).toEqual([{ type: 'server.unreachable', at: '2026-11-25T07:00:00.000Z', reason: 'DNS_FAILED', detail: 'ENOTFOUND' }]);
    const good = run([[ok('2026-11-25T07:00:00.000Z', []), []]]);
    expect(good.changes).toEqual([]);
    expect(good.state.server?.reachable).toBe(true);
  });

  it('when the tills query failed, updates only who is connected, and may raise findings but not clear them', () => {
    const sessionsOnly: Till[] = [{ name: 'KASSA1', role: 'main', connected: true }, { name: 'KASSA9', role: 'sales', connected: true }];
    const profileFailed: Finding = { code: 'PROFILE_FAILED', severity: 'warning', tills: [], message: 'cannot read the tills', advice: '' };
    const { changes, state } = run([
      [ok('2026-11-25T07:00:00.000Z', fleet()), [mismatch]],
      [ok('2026-11-25T07:01:00.000Z', sessionsOnly, 'Invalid object name dbo.Kassor'), [profileFailed]],
      [ok('2026-11-25T07:02:00.000Z', fleet()), [mismatch]],
    ]);
    expect(changes.slice(3).map((c) => [c.type, 'till' in c ? c.till : c.type.startsWith('finding') ? (c as { code: string }).code : null])).toEqual([
      ['till.disconnected', 'KASSA2'],
      ['finding.raised', 'PROFILE_FAILED'],
      ['till.connected', 'KASSA2'],
      ['finding.cleared', 'PROFILE_FAILED'],
    ]);
    expect(state.tills.get('KASSA1')?.version).toBe('38,5');
    expect(state.tills.has('KASSA9')).toBe(false);
    expect([...state.findings.keys()]).toEqual(['VERSION_MISMATCH']);
  });

  it('when the sessions could not be read, changes no till’s connection and takes no till as gone', () => {
    const profileFailed: Finding = { code: 'PROFILE_FAILED', severity: 'warning', tills: [], message: 'the profile did not compile', advice: '' };
    // The profile kept the batch from compiling: nothing was read, no tills, no sessions.
    const nothingRead: PollResult = { ok: true, at: '2026-11-25T07:01:00.000Z', latencyMs: 9, server, sessions: null, snapshot: { tills: [] }, profileError: 'Invalid column name' };
    // No VIEW SERVER STATE: the tills from the profile, with no word on who is connected.
    const unknownConnections: PollResult = {
      ok: true,
      at: '2026-11-25T07:02:00.000Z',
      latencyMs: 9,
      server,
      sessions: null,
      sessionsError: 'VIEW SERVER STATE permission was denied',
      snapshot: { tills: fleet().map(({ connected: _connected, ...till }) => till) },
    };
    const { changes, state } = run([
      [ok('2026-11-25T07:00:00.000Z', fleet()), [mismatch]],
      [nothingRead, [profileFailed]],
      [unknownConnections, [mismatch]],
    ]);
    expect(changes.slice(3).map((c) => [c.type, 'till' in c ? c.till : (c as { code: string }).code])).toEqual([
      ['finding.raised', 'PROFILE_FAILED'],
      ['finding.cleared', 'PROFILE_FAILED'],
    ]);
    expect([...state.tills.values()].map((t) => [t.name, t.connected])).toEqual([
      ['KASSA1', true],
      ['KASSA2', true],
    ]);
  });

  it('compares names case-insensitively and replaces only the tills that changed', () => {
    const start = run([[ok('2026-11-25T07:00:00.000Z', fleet()), []]]).state;
    const lower = fleet().map((t) => (t.name === 'KASSA2' ? { ...t, name: 'kassa2', connected: false } : t));
    const { next, changes } = diffPoll(start, ok('2026-11-25T07:01:00.000Z', lower), [], confirmation);
    expect(changes).toEqual([{ type: 'till.disconnected', at: '2026-11-25T07:01:00.000Z', till: 'kassa2' }]);
    expect(next.tills.get('KASSA1')).toBe(start.tills.get('KASSA1'));
    expect(next.tills.get('KASSA2')).not.toBe(start.tills.get('KASSA2'));
  });
});
