// Reads a fleet snapshot (the `check` format) from untrusted JSON, naming the exact place of a problem.
import { UserError } from './errors.js';
import { ROLES, type FleetSnapshot, type Role, type Till } from './fleet.js';
import { t, type Lang } from './i18n.js';
import { parseIsoTime } from './isoTime.js';
import { jsonErrorText } from './jsonError.js';
import { EDITIONS, isEdition } from './version.js';

export function parseSnapshotText(fileText: string, lang: Lang): FleetSnapshot {
  // Notepad may save UTF-8 with a byte order mark, which JSON.parse does not accept.
  const text = fileText.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new UserError(t(lang, 'input.empty'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(jsonErrorText(error, text, lang));
  }
  return parseSnapshot(value, lang);
}

export function parseSnapshot(value: unknown, lang: Lang): FleetSnapshot {
  const fail = (place: string, key: Parameters<typeof t>[1], params = {}): never => {
    throw new UserError(`${place}: ${t(lang, key, params)}`);
  };
  if (!isRecord(value)) return fail('(root)', 'input.notObject');
  const snapshot: FleetSnapshot = { tills: [] };
  const optionalString = (obj: Record<string, unknown>, field: string, place: string): string | undefined => {
    const v = obj[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') return fail(place, 'input.notString');
    return v;
  };
  snapshot.server = optionalString(value, 'server', 'server');
  const takenAt = optionalString(value, 'takenAt', 'takenAt');
  if (takenAt !== undefined && parseIsoTime(takenAt) === null) fail('takenAt', 'input.badDate');
  snapshot.takenAt = takenAt;
  if (snapshot.server === undefined) delete snapshot.server;
  if (snapshot.takenAt === undefined) delete snapshot.takenAt;

  if (value.tills === undefined) fail('tills', 'input.missing');
  if (!Array.isArray(value.tills)) fail('tills', 'input.notArray');
  (value.tills as unknown[]).forEach((raw, i) => {
    const at = (field?: string) => (field ? `tills[${i}].${field}` : `tills[${i}]`);
    if (!isRecord(raw)) return fail(at(), 'input.notObject');
    const name = raw.name;
    if (name === undefined || name === null || (typeof name === 'string' && name.trim() === '')) fail(at('name'), 'input.missing');
    if (typeof name !== 'string') fail(at('name'), 'input.notString');
    const till: Till = { name: (name as string).trim(), role: 'sales' };

    const clientId = raw.clientId;
    if (clientId !== undefined && clientId !== null) {
      if (typeof clientId === 'number' ? !Number.isSafeInteger(clientId) || clientId < 0 : typeof clientId !== 'string') {
        fail(at('clientId'), 'input.notIdType');
      }
      till.clientId = clientId as string | number;
    }
    const version = optionalString(raw, 'version', at('version'));
    if (version !== undefined) till.version = version;

    if (raw.role !== undefined && raw.role !== null) {
      if (typeof raw.role !== 'string' || !(ROLES as readonly string[]).includes(raw.role)) {
        fail(at('role'), 'input.oneOf', { values: ROLES.join(', ') });
      }
      till.role = raw.role as Role;
    }
    if (raw.edition !== undefined && raw.edition !== null) {
      if (!isEdition(raw.edition)) fail(at('edition'), 'input.oneOf', { values: EDITIONS.join(', ') });
      else till.edition = raw.edition;
    }
    const address = optionalString(raw, 'address', at('address'));
    if (address !== undefined) till.address = address;
    const lastSeen = optionalString(raw, 'lastSeen', at('lastSeen'));
    if (lastSeen !== undefined) {
      if (parseIsoTime(lastSeen) === null) fail(at('lastSeen'), 'input.badDate');
      till.lastSeen = lastSeen;
    }
    if (raw.connected !== undefined && raw.connected !== null) {
      if (typeof raw.connected !== 'boolean') fail(at('connected'), 'input.notBoolean');
      till.connected = raw.connected as boolean;
    }
    snapshot.tills.push(till);
  });
  return snapshot;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
