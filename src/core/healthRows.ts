// The health statements' rows (core/pollQueries: the identity with sizes, HEALTH_STATEMENTS) → the
// main till's health. Pure: the driver's values in, typed figures out; a value that cannot be read is
// left out, never guessed.
import type { BackupRecord, BackupType, MainTillHealth } from './mainTill.js';

type Row = Record<string, unknown>;

const PAGE_MB = 8 / 1024;
const BYTES_PER_MB = 1024 * 1024;
const BACKUP_CODES: Record<string, BackupType> = { D: 'full', I: 'differential', L: 'log' };

/** A number from int, bigint (mssql gives bigint as a string) or decimal; undefined otherwise. */
function numberOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : typeof value === 'bigint' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function isoOf(value: unknown): string | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

const round = (mb: number) => Math.round(mb * 10) / 10;

/**
 * The database's size from the identity row read with health (IDENTITY_WITH_SIZES_STATEMENT), in MB;
 * undefined when the row has no file sizes. A used figure the server did not give (NULL) is left out.
 */
export function databaseFromIdentity(name: string, row: Row): MainTillHealth['database'] {
  const dataPages = numberOf(row.dataPages);
  if (dataPages === undefined) return undefined;
  const usedPages = numberOf(row.usedDataPages);
  return {
    name,
    dataMB: round(dataPages * PAGE_MB),
    ...(usedPages !== undefined ? { usedDataMB: round(usedPages * PAGE_MB) } : {}),
    logMB: round((numberOf(row.logPages) ?? 0) * PAGE_MB),
  };
}

/** dm_os_volume_stats rows (one per data file): the fullest volume, in MB; undefined for none. */
export function volumeFromRows(rows: readonly Row[]): MainTillHealth['volume'] {
  let volume: MainTillHealth['volume'];
  for (const row of rows) {
    const total = numberOf(row.totalBytes);
    const free = numberOf(row.availableBytes);
    if (total === undefined || free === undefined) continue;
    const candidate = { totalMB: round(total / BYTES_PER_MB), freeMB: round(free / BYTES_PER_MB) };
    if (volume === undefined || candidate.freeMB < volume.freeMB) volume = candidate;
  }
  return volume;
}

export function startedAtFromRows(rows: readonly Row[]): string | undefined {
  return isoOf(rows[0]?.sqlServerStartTime);
}

/** The newest backup of each type with its file (a striped backup lists its first file). */
export function backupsFromRows(rows: readonly Row[]): BackupRecord[] {
  const byType = new Map<BackupType, BackupRecord>();
  for (const row of rows) {
    const type = BACKUP_CODES[String(row.backupType ?? '').trim().toUpperCase()];
    const finishedAt = isoOf(row.finishedAt);
    if (type === undefined || finishedAt === undefined || byType.has(type)) continue;
    const file = typeof row.deviceName === 'string' && row.deviceName.trim() !== '' ? row.deviceName.trim() : undefined;
    byType.set(type, { type, finishedAt, ...(file !== undefined ? { file } : {}) });
  }
  return [...byType.values()];
}

/** SERVERPROPERTY('Edition') and ('EngineEdition') from the identity row. */
export function editionFromIdentity(row: Row): Pick<MainTillHealth, 'edition' | 'engineEdition'> {
  const edition = typeof row.edition === 'string' && row.edition.trim() !== '' ? row.edition.trim() : undefined;
  const engineEdition = numberOf(row.engineEdition);
  return { ...(edition !== undefined ? { edition } : {}), ...(engineEdition !== undefined ? { engineEdition } : {}) };
}
