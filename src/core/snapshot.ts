// Reads a fleet snapshot (the `check` format) from untrusted JSON, naming the exact place of a problem.
import { UserError } from './errors.js';
import { ROLES, type FleetSnapshot, type Role, type Till } from './fleet.js';
import { t, type Lang } from './i18n.js';
import { BACKUP_TYPES, type BackupRecord, type BackupType, type MainTillHealth } from './mainTill.js';
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
  if (value.mainTill !== undefined && value.mainTill !== null) snapshot.mainTill = parseMainTill(value.mainTill, fail);
  return snapshot;
}

type Fail = (place: string, key: Parameters<typeof t>[1], params?: Record<string, string>) => never;

/** `mainTill` as the issue's snapshot shape has it; every field optional, every present one checked. */
function parseMainTill(raw: unknown, fail: Fail): MainTillHealth {
  if (!isRecord(raw)) return fail('mainTill', 'input.notObject');
  const health: MainTillHealth = {};
  const text = (obj: Record<string, unknown>, field: string, place: string): string | undefined => {
    const v = obj[field];
    if (v === undefined || v === null) return undefined;
    return typeof v === 'string' ? v : fail(place, 'input.notString');
  };
  const date = (obj: Record<string, unknown>, field: string, place: string): string | undefined => {
    const v = text(obj, field, place);
    if (v !== undefined && parseIsoTime(v) === null) fail(place, 'input.badDate');
    return v;
  };
  const megabytes = (obj: Record<string, unknown>, field: string, place: string): number => {
    const v = obj[field];
    if (v === undefined || v === null) return fail(place, 'input.missing');
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(place, 'input.notSize');
  };
  const edition = text(raw, 'edition', 'mainTill.edition');
  if (edition !== undefined) health.edition = edition;
  if (raw.engineEdition !== undefined && raw.engineEdition !== null) {
    if (!Number.isInteger(raw.engineEdition)) fail('mainTill.engineEdition', 'input.notSize');
    health.engineEdition = raw.engineEdition as number;
  }
  const startedAt = date(raw, 'startedAt', 'mainTill.startedAt');
  if (startedAt !== undefined) health.startedAt = startedAt;
  if (raw.database !== undefined && raw.database !== null) {
    const db = raw.database;
    if (!isRecord(db)) return fail('mainTill.database', 'input.notObject');
    const dataMB = megabytes(db, 'dataMB', 'mainTill.database.dataMB');
    health.database = {
      name: text(db, 'name', 'mainTill.database.name') ?? 'PCKassa',
      dataMB,
      logMB: db.logMB === undefined ? 0 : megabytes(db, 'logMB', 'mainTill.database.logMB'),
    };
    // Used space, when given, is inside the files: never more than their size.
    if (db.usedDataMB !== undefined && db.usedDataMB !== null) {
      const used = megabytes(db, 'usedDataMB', 'mainTill.database.usedDataMB');
      health.database.usedDataMB = used <= dataMB ? used : fail('mainTill.database.usedDataMB', 'input.usedAboveData');
    }
  }
  if (raw.backups !== undefined && raw.backups !== null) {
    if (!Array.isArray(raw.backups)) return fail('mainTill.backups', 'input.notArray');
    health.backups = raw.backups.map((b: unknown, i): BackupRecord => {
      const at = (field?: string) => `mainTill.backups[${i}]${field ? `.${field}` : ''}`;
      if (!isRecord(b)) return fail(at(), 'input.notObject');
      if (!(BACKUP_TYPES as readonly unknown[]).includes(b.type)) fail(at('type'), 'input.oneOf', { values: BACKUP_TYPES.join(', ') });
      const finishedAt = date(b, 'finishedAt', at('finishedAt')) ?? fail(at('finishedAt'), 'input.missing');
      const file = text(b, 'file', at('file'));
      return { type: b.type as BackupType, finishedAt, ...(file !== undefined ? { file } : {}) };
    });
  }
  if (raw.volume !== undefined && raw.volume !== null) {
    const volume = raw.volume;
    if (!isRecord(volume)) return fail('mainTill.volume', 'input.notObject');
    health.volume = { totalMB: megabytes(volume, 'totalMB', 'mainTill.volume.totalMB'), freeMB: megabytes(volume, 'freeMB', 'mainTill.volume.freeMB') };
  }
  return health;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
