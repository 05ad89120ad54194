// Turns what one poll read (profile rows, connected sessions, the server's identity) into a fleet
// snapshot: tills merged by machine name, `connected`/`address`/`lastSeen` from the live sessions,
// roles from the server's machine name, the profile's backoffice flag and the machine we run on.
import { machineKey, mergeTills, type FleetSnapshot, type Till } from './fleet.js';
import type { ServerIdentity, SessionInfo } from './poll.js';
import { isEdition } from './version.js';

/** A till as the profile describes it; `isBackoffice` undefined means the profile has no role info. */
export type ProfileTill = Omit<Till, 'role' | 'connected'> & { isBackoffice?: boolean };

export type ProfileRowsResult = { ok: true; tills: ProfileTill[] } | { ok: false; problem: 'noNameColumn' };

/**
 * Reads profile rows (column names matched case-insensitively to the fleet fields). A row without a
 * name is skipped: it cannot be a till we could point the user to.
 */
export function tillsFromProfileRows(rows: readonly Record<string, unknown>[], columns: readonly string[]): ProfileRowsResult {
  const byLowerCase = new Map<string, string>();
  for (const column of columns) if (!byLowerCase.has(column.toLowerCase())) byLowerCase.set(column.toLowerCase(), column);
  const columnFor = (field: string) => byLowerCase.get(field.toLowerCase());
  const nameColumn = columnFor('name');
  if (nameColumn === undefined) return { ok: false, problem: 'noNameColumn' };
  const fields = {
    clientId: columnFor('clientId'),
    version: columnFor('version'),
    edition: columnFor('edition'),
    isBackoffice: columnFor('isBackoffice'),
    address: columnFor('address'),
    lastSeen: columnFor('lastSeen'),
  };
  const tills: ProfileTill[] = [];
  for (const row of rows) {
    const name = text(row[nameColumn]);
    if (name === undefined) continue;
    const till: ProfileTill = { name };
    const clientId = fields.clientId && row[fields.clientId];
    if (typeof clientId === 'number' && Number.isSafeInteger(clientId)) till.clientId = clientId;
    else if (typeof clientId === 'bigint') till.clientId = clientId.toString();
    else if (text(clientId) !== undefined) till.clientId = text(clientId)!;
    const version = fields.version && text(row[fields.version]);
    if (version) till.version = version;
    const edition = fields.edition && text(row[fields.edition])?.toLowerCase();
    if (isEdition(edition)) till.edition = edition;
    const isBackoffice = fields.isBackoffice && flag(row[fields.isBackoffice]);
    if (typeof isBackoffice === 'boolean') till.isBackoffice = isBackoffice;
    const address = fields.address && text(row[fields.address]);
    if (address) till.address = address;
    const lastSeen = fields.lastSeen && isoTime(row[fields.lastSeen]);
    if (lastSeen) till.lastSeen = lastSeen;
    tills.push(till);
  }
  return { ok: true, tills };
}

/** Whether a session is a till program (not the monitor itself, not some other tool). */
export function isTillSession(session: SessionInfo, tillProgram: RegExp, ownSessionId?: number): boolean {
  return session.sessionId !== ownSessionId && session.hostName.trim() !== '' && tillProgram.test(session.programName);
}

export interface FleetFromPollInput {
  at: string;
  server: ServerIdentity;
  /** How the user named the server (`HOST\INSTANCE`), for the snapshot. */
  serverString?: string;
  /** Null when the sessions could not be read: then no till is said to be connected or not. */
  sessions: readonly SessionInfo[] | null;
  ownSessionId?: number;
  /** Null when the profile failed: the fleet is then built from the sessions alone. */
  profileTills: readonly ProfileTill[] | null;
  /** The computer Kassavakt runs on (os.hostname()). */
  localMachine: string;
  tillProgram: RegExp;
}

export function fleetFromPoll(input: FleetFromPollInput): FleetSnapshot {
  const tillSessions = (input.sessions ?? []).filter((s) => isTillSession(s, input.tillProgram, input.ownSessionId));
  const sessionByKey = new Map<string, SessionInfo>();
  for (const session of tillSessions) {
    const key = machineKey(session.hostName);
    if (!sessionByKey.has(key)) sessionByKey.set(key, session);
  }

  const profileRoles = new Map<string, boolean>();
  for (const till of input.profileTills ?? []) {
    if (till.isBackoffice !== undefined && !profileRoles.has(machineKey(till.name))) profileRoles.set(machineKey(till.name), till.isBackoffice);
  }
  const fromProfile: Till[] = (input.profileTills ?? []).map(tillOfProfile);
  const fromSessions: Till[] = [...sessionByKey.values()].map((s) => ({ name: s.hostName.trim(), role: 'sales' }));
  const merged = mergeTills([...fromProfile, ...fromSessions]);

  const mainKey = machineKey(input.server.machineName);
  const localKey = machineKey(input.localMachine);
  // mergeTills gave new objects: they are completed in place.
  const tills = merged.map((result): Till => {
    const key = machineKey(result.name);
    const session = sessionByKey.get(key);
    if (input.sessions !== null) result.connected = session !== undefined;
    if (session?.address) result.address = session.address;
    if (session && (!result.lastSeen || result.lastSeen < input.at)) result.lastSeen = input.at;
    const profileSaysBackoffice = profileRoles.get(key);
    if (key === mainKey) result.role = 'main';
    else if (profileSaysBackoffice !== undefined) result.role = profileSaysBackoffice ? 'backoffice' : 'sales';
    else result.role = key === localKey ? 'backoffice' : 'sales';
    return result;
  });

  const snapshot: FleetSnapshot = { takenAt: input.at, tills };
  if (input.serverString) snapshot.server = input.serverString;
  return snapshot;
}

/** The profile's till with its role flag as a role (built up field by field: every poll does this per till). */
function tillOfProfile(till: ProfileTill): Till {
  const fields: Record<string, unknown> = {};
  for (const key in till) if (key !== 'isBackoffice') fields[key] = (till as Record<string, unknown>)[key];
  fields.role = till.isBackoffice ? 'backoffice' : 'sales';
  return fields as unknown as Till;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (['1', 'true', 'ja', 'yes', 'j', 'y'].includes(v)) return true;
    if (['0', 'false', 'nej', 'no', 'n'].includes(v)) return false;
  }
  return undefined;
}

function isoTime(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
  return undefined;
}
