// What a poll changed, compared with what was known before: the history records these, not repetitions.
// Pure: previous state + poll + findings in, changes + next state out; the store persists both.
import { confirmedReach, extendStreak, type ReachConfirmation } from './alerts/connection.js';
import { normalizeClientId } from './clientId.js';
import { machineKey, type Role, type Till } from './fleet.js';
import { findingKey, type Finding, type FindingCode, type Severity } from './findings.js';
import type { PollResult, UnreachableReason } from './poll.js';
import { formatVersion, parseVersion, type Edition } from './version.js';

export interface KnownTill {
  /** The name as last seen (the key is machineKey(name)). */
  name: string;
  /** The version as the vendor writes it (`38,5`, `38,05`, `38,5 NORSK`), the raw text when it does not parse, null when missing. */
  version: string | null;
  edition: Edition | null;
  clientId: string | null;
  role: Role;
  connected: boolean;
}

export interface OpenFinding {
  key: string;
  code: FindingCode;
  severity: Severity;
  tills: string[];
  message: string;
  /** ISO time the episode started. */
  since: string;
}

/** Whether the main till can be reached, as the alert policy confirms it (connection.ts). */
export interface ServerState {
  reachable: boolean;
  /** ISO time of the first poll of the streak that confirmed this state. */
  since: string;
  reason?: UnreachableReason;
  detail?: string;
}

/** Polls that disagree with the confirmed state but are not enough yet to change it. */
export interface PendingPolls {
  ok: boolean;
  count: number;
  /** ISO time of the first of them: where an outage (or its end) really starts, once confirmed. */
  since: string;
  /** The first failed poll's reason, for an outage. */
  reason?: UnreachableReason;
  detail?: string;
}

export interface KnownState {
  tills: Map<string, KnownTill>;
  findings: Map<string, OpenFinding>;
  /** Null until the first poll confirms anything. */
  server: ServerState | null;
  pending: PendingPolls | null;
  /** When the main till's SQL Server last started (from its health reading); null until read. */
  mainTillStartedAt: string | null;
}

export type Change =
  | ({ type: 'till.seen'; at: string; till: string } & Omit<KnownTill, 'name'>)
  | { type: 'till.version'; at: string; till: string; from: string | null; to: string | null; fromEdition: Edition | null; toEdition: Edition | null }
  | { type: 'till.clientId'; at: string; till: string; from: string | null; to: string | null }
  | { type: 'till.role'; at: string; till: string; from: Role; to: Role }
  | { type: 'till.connected' | 'till.disconnected'; at: string; till: string }
  | { type: 'finding.raised'; at: string; key: string; code: FindingCode; severity: Severity; tills: string[]; message: string }
  | { type: 'finding.cleared'; at: string; key: string; code: FindingCode; severity: Severity; tills: string[]; since: string }
  | { type: 'server.unreachable'; at: string; reason: UnreachableReason; detail: string }
  | { type: 'server.reachable'; at: string; since: string; reason?: UnreachableReason }
  /** SQL Server on the main till started again (at: when); a history event, never a notification. */
  | { type: 'server.restarted'; at: string; previous: string };

export type ChangeType = Change['type'];

export function emptyState(): KnownState {
  return { tills: new Map(), findings: new Map(), server: null, pending: null, mainTillStartedAt: null };
}

/** The facts about a till the history tracks, normalized so that `38.5` and `38,5` are no change. */
export function describeTill(till: Till): KnownTill {
  const { version, edition } = readVersion(till.version, till.edition);
  const clientId = till.clientId === undefined || till.clientId === null ? '' : String(till.clientId).trim();
  return {
    name: till.name.trim(),
    version,
    edition,
    clientId: clientId === '' ? null : clientId,
    role: till.role,
    // A till the source lists without saying is taken as connected; the monitor sets false for no session.
    connected: till.connected !== false,
  };
}

// A fleet has a handful of distinct version strings; every poll reads them all again.
const versionCache = new Map<string, Pick<KnownTill, 'version' | 'edition'>>();

function readVersion(rawVersion: string | undefined, explicit: Edition | undefined): Pick<KnownTill, 'version' | 'edition'> {
  const cacheKey = `${rawVersion ?? ''}\u0000${explicit ?? ''}`;
  const cached = versionCache.get(cacheKey);
  if (cached) return cached;
  const raw = rawVersion?.trim();
  const parsed = raw ? parseVersion(raw, explicit) : null;
  const read = { version: parsed ? formatVersion(parsed) : raw || null, edition: parsed ? parsed.edition : (explicit ?? null) };
  if (versionCache.size >= 1000) versionCache.clear();
  versionCache.set(cacheKey, read);
  return read;
}

export interface Diff {
  changes: Change[];
  next: KnownState;
}

/**
 * Compares a poll with the known state. The main till's reachability changes as the alert policy's
 * debounce says (`confirmation`), dated from the first poll of the confirming streak. A failed poll
 * changes nothing else: nothing is known about the tills then. A poll whose tills query failed
 * (profileError) updates only who is connected, and may raise findings (such as "the tills query
 * failed") but not clear them: it cannot know. A poll that could not read the sessions (null) changes
 * no till's connection, and a till it does not list is not taken as gone; a till seen for the first
 * time then is recorded as its source lists it (describeTill).
 */
export function diffPoll(previous: KnownState, poll: PollResult, findings: readonly Finding[], confirmation: ReachConfirmation): Diff {
  const next: KnownState = { ...previous };
  const changes: Change[] = [];
  const at = poll.at;

  diffServer(changes, previous, next, poll, confirmation);
  if (!poll.ok) return { changes, next };
  diffRestart(changes, previous, next, poll.mainTill?.startedAt);

  // Copied on the first change only: most polls change nothing.
  let tills: Map<string, KnownTill> | null = null;
  const put = (key: string, till: KnownTill) => (tills ??= new Map(previous.tills)).set(key, till);
  const partial = poll.profileError !== undefined;
  const sessionsKnown = poll.sessions !== null;
  const present = new Set<string>();
  for (const till of poll.snapshot.tills) {
    const key = machineKey(till.name);
    if (present.has(key)) continue;
    present.add(key);
    const now = describeTill(till);
    const before = previous.tills.get(key);
    if (!before) {
      if (!partial) {
        const { name, ...facts } = now;
        changes.push({ type: 'till.seen', at, till: name, ...facts });
        put(key, now);
      }
      continue;
    }
    const connected = sessionsKnown ? now.connected : before.connected;
    const after: KnownTill = partial ? { ...before, connected } : { ...now, connected };
    if (!sameTill(before, after)) {
      addTillChanges(changes, at, before, after);
      put(key, after);
    }
  }
  for (const [key, before] of previous.tills) {
    if (present.has(key) || !before.connected || !sessionsKnown) continue;
    changes.push({ type: 'till.disconnected', at, till: before.name });
    put(key, { ...before, connected: false });
  }
  next.tills = tills ?? previous.tills;

  next.findings = diffFindings(changes, at, previous.findings, findings, partial);
  return { changes, next };
}

function diffServer(changes: Change[], previous: KnownState, next: KnownState, poll: PollResult, confirmation: ReachConfirmation): void {
  const reach = previous.server === null ? 'unknown' : previous.server.reachable ? 'reachable' : 'unreachable';
  const streak = extendStreak(previous.pending, poll.ok);
  const first: PendingPolls =
    streak.count > 1 ? previous.pending! : { ...streak, since: poll.at, ...(poll.ok ? {} : { reason: poll.reason, detail: poll.detail }) };
  const confirmed = confirmedReach(reach, streak, confirmation);
  if (confirmed === reach) {
    // Polls that agree with the confirmed state leave nothing pending.
    const agrees = reach === (poll.ok ? 'reachable' : 'unreachable');
    next.pending = agrees ? null : { ...first, count: streak.count };
    return;
  }
  next.pending = null;
  const since = first.since;
  if (confirmed === 'unreachable') {
    changes.push({ type: 'server.unreachable', at: since, reason: first.reason!, detail: first.detail! });
    next.server = { reachable: false, since, reason: first.reason!, detail: first.detail! };
    return;
  }
  if (previous.server !== null) {
    changes.push({ type: 'server.reachable', at: since, since: previous.server.since, ...(previous.server.reason ? { reason: previous.server.reason } : {}) });
  }
  next.server = { reachable: true, since };
}

/** A later start time than the one known is a restart (a minute's leeway for the clock's rounding). */
const RESTART_LEEWAY_MS = 60_000;

function diffRestart(changes: Change[], previous: KnownState, next: KnownState, startedAt: string | undefined): void {
  if (startedAt === undefined || startedAt === previous.mainTillStartedAt) return;
  next.mainTillStartedAt = startedAt;
  const before = previous.mainTillStartedAt;
  if (before !== null && Date.parse(startedAt) - Date.parse(before) > RESTART_LEEWAY_MS) {
    changes.push({ type: 'server.restarted', at: startedAt, previous: before });
  }
}

function diffFindings(
  changes: Change[],
  at: string,
  previous: Map<string, OpenFinding>,
  findings: readonly Finding[],
  canRaiseOnly: boolean,
): Map<string, OpenFinding> {
  const current = new Map(findings.map((f) => [findingKey(f), f] as const));
  let open: Map<string, OpenFinding> | null = null;
  for (const [key, episode] of previous) {
    if (current.has(key) || canRaiseOnly) continue;
    changes.push({ type: 'finding.cleared', at, key, code: episode.code, severity: episode.severity, tills: episode.tills, since: episode.since });
    (open ??= new Map(previous)).delete(key);
  }
  for (const [key, finding] of current) {
    if (previous.has(key)) continue;
    const tills = [...finding.tills];
    changes.push({ type: 'finding.raised', at, key, code: finding.code, severity: finding.severity, tills, message: finding.message });
    (open ??= new Map(previous)).set(key, { key, code: finding.code, severity: finding.severity, tills, message: finding.message, since: at });
  }
  return open ?? previous;
}

function addTillChanges(out: Change[], at: string, before: KnownTill, after: KnownTill): void {
  const till = after.name;
  if (before.version !== after.version || before.edition !== after.edition) {
    out.push({ type: 'till.version', at, till, from: before.version, to: after.version, fromEdition: before.edition, toEdition: after.edition });
  }
  if (before.clientId !== after.clientId && normalizeClientId(before.clientId ?? undefined) !== normalizeClientId(after.clientId ?? undefined)) {
    out.push({ type: 'till.clientId', at, till, from: before.clientId, to: after.clientId });
  }
  if (before.role !== after.role) out.push({ type: 'till.role', at, till, from: before.role, to: after.role });
  if (before.connected !== after.connected) out.push({ type: after.connected ? 'till.connected' : 'till.disconnected', at, till });
}

function sameTill(a: KnownTill, b: KnownTill): boolean {
  return (
    a.name === b.name &&
    a.version === b.version &&
    a.edition === b.edition &&
    a.clientId === b.clientId &&
    a.role === b.role &&
    a.connected === b.connected
  );
}
