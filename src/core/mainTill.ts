// The main till's own health as its SQL Server tells it: edition, the database's size, backups, free
// disk and since when the server runs. One shape for a live poll, a snapshot file and the simulator.

export const BACKUP_TYPES = ['full', 'differential', 'log'] as const;
export type BackupType = (typeof BACKUP_TYPES)[number];

export interface BackupRecord {
  type: BackupType;
  /** ISO time the backup finished. */
  finishedAt: string;
  /** The .BAK file (msdb.dbo.backupmediafamily.physical_device_name). */
  file?: string;
}

export interface MainTillHealth {
  /** SERVERPROPERTY('Edition'), e.g. "Express Edition (64-bit)". */
  edition?: string;
  /** SERVERPROPERTY('EngineEdition'): 4 is Express. */
  engineEdition?: number;
  /** ISO time the SQL Server service started (sys.dm_os_sys_info.sqlserver_start_time). */
  startedAt?: string;
  /**
   * The PC-Kassa database, in MB: its data files' size (what the files take on disk), the space used
   * inside them (what Express caps; absent when not known, then the size stands in) and the log.
   */
  database?: { name: string; dataMB: number; usedDataMB?: number; logMB: number };
  /** Backups of the database; [] means none is recorded, absent means not known. */
  backups?: BackupRecord[];
  /** The volume holding the data file. */
  volume?: { totalMB: number; freeMB: number };
}

/** What a live poll reads beyond the tills; each piece needs its own right on the server. */
const HEALTH_PIECES = ['sessions', 'backups', 'serverStart', 'volume'] as const;
export type HealthPiece = (typeof HEALTH_PIECES)[number];

export interface UnreadablePiece {
  piece: HealthPiece;
  /** The server's own words, for the log and --json. */
  detail: string;
}

/** One live reading of the main till's health. */
export interface MainTillReading extends MainTillHealth {
  /** ISO time of the poll that read it (health is read at most every `health.intervalMinutes`). */
  readAt: string;
  /** Pieces the login may not read; each becomes part of HEALTH_UNKNOWN. */
  unreadable: UnreadablePiece[];
}

const EXPRESS_ENGINE_EDITION = 4;
/** SQL Server Express stops a database's data files at 10 GB; the log does not count. */
export const EXPRESS_DATA_LIMIT_MB = 10 * 1024;

/** The data size the edition allows, or null when it sets none (or the edition is not known). */
export function dataLimitMB(health: Pick<MainTillHealth, 'engineEdition'>): number | null {
  return health.engineEdition === EXPRESS_ENGINE_EDITION ? EXPRESS_DATA_LIMIT_MB : null;
}

/**
 * The data the edition's limit applies to: the used space inside the data files. A file is often made
 * larger in advance; that free room inside it is not yet data. The size stands in when used is unknown.
 */
export function usedDataMB(database: NonNullable<MainTillHealth['database']>): number {
  return database.usedDataMB ?? database.dataMB;
}

/** The newest full backup; null when none is recorded, undefined when the backups are not known. */
export function latestFullBackup(health: Pick<MainTillHealth, 'backups'>): BackupRecord | null | undefined {
  if (health.backups === undefined) return undefined;
  let latest: BackupRecord | null = null;
  for (const backup of health.backups) {
    if (backup.type === 'full' && (latest === null || Date.parse(backup.finishedAt) > Date.parse(latest.finishedAt))) latest = backup;
  }
  return latest;
}

/** The figures a chart, a card or a metrics exporter reads; null where not known. */
export interface MainTillFigures {
  /** The data files' size on disk. */
  dataMB: number | null;
  /** The used space inside them (the size when not known): what the limit applies to. */
  usedDataMB: number | null;
  logMB: number | null;
  dataLimitMB: number | null;
  /** Age of the newest full backup at `at`, in hours; null when none is known. */
  fullBackupAgeHours: number | null;
  volumeFreeMB: number | null;
  volumeTotalMB: number | null;
  startedAt: string | null;
}

export function mainTillFigures(health: MainTillHealth, at: string): MainTillFigures {
  const full = latestFullBackup(health);
  return {
    dataMB: health.database?.dataMB ?? null,
    usedDataMB: health.database ? usedDataMB(health.database) : null,
    logMB: health.database?.logMB ?? null,
    dataLimitMB: dataLimitMB(health),
    fullBackupAgeHours: full ? Math.max(0, (Date.parse(at) - Date.parse(full.finishedAt)) / 3_600_000) : null,
    volumeFreeMB: health.volume?.freeMB ?? null,
    volumeTotalMB: health.volume?.totalMB ?? null,
    startedAt: health.startedAt ?? null,
  };
}
