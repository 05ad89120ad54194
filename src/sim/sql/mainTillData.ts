// The simulated main till's own health, served through the same catalog views a real SQL Server has:
// sys.database_files, sys.dm_os_sys_info, sys.dm_os_volume_stats (a table here, joined by the
// translator for CROSS APPLY) and msdb's backupset / backupmediafamily, plus the pages each file uses
// (FILEPROPERTY(name, 'SpaceUsed')). Filled from a fleet file's `mainTill`; what it leaves out is a
// healthy SQL Server Express main till, and a database without `usedDataMB` has its files full.
import type { MainTillHealth } from '../../core/mainTill.js';
import { EDITION } from '../serverInfo.js';

export const MAIN_TILL_SCHEMA = `
ATTACH ':memory:' AS msdb;
CREATE TABLE sys.database_files (
  file_id int NOT NULL, type tinyint NOT NULL, type_desc nvarchar(60) NULL, name sysname NOT NULL,
  physical_name nvarchar(260) NOT NULL, size int NOT NULL, max_size int NOT NULL
);
CREATE TABLE sys.dm_os_sys_info (sqlserver_start_time datetime NOT NULL, cpu_count int NOT NULL, physical_memory_kb bigint NOT NULL);
CREATE TABLE sys.dm_os_volume_stats (
  database_id int NOT NULL, file_id int NOT NULL, volume_mount_point nvarchar(256) NULL,
  logical_volume_name nvarchar(256) NULL, file_system_type nvarchar(256) NULL,
  total_bytes bigint NOT NULL, available_bytes bigint NOT NULL
);
CREATE TABLE msdb.backupset (
  backup_set_id int NOT NULL, media_set_id int NOT NULL, database_name nvarchar(128) NULL COLLATE NOCASE,
  type char(1) NULL, backup_start_date datetime NULL, backup_finish_date datetime NULL, is_copy_only bit NOT NULL
);
CREATE TABLE msdb.backupmediafamily (
  media_set_id int NOT NULL, family_sequence_number tinyint NOT NULL, physical_device_name nvarchar(260) NULL
);
-- The keys SQL Server has on these (a view's, a function's arguments, msdb's indexes): without them
-- SQLite would build a temporary index for every poll's join.
CREATE UNIQUE INDEX sys.database_files_id ON database_files (file_id);
CREATE INDEX sys.database_files_type ON database_files (type);
CREATE UNIQUE INDEX sys.dm_os_volume_stats_args ON dm_os_volume_stats (database_id, file_id);
CREATE INDEX msdb.backupset_finished ON backupset (database_name, type, backup_finish_date);
CREATE UNIQUE INDEX msdb.backupmediafamily_key ON backupmediafamily (media_set_id, family_sequence_number);
`;

const HOUR_MS = 3_600_000;
const PAGES_PER_MB = 128;
const BYTES_PER_MB = 1024 * 1024;
const TYPE_CODES = { full: 'D', differential: 'I', log: 'L' } as const;

/**
 * A healthy Express main till: a 2.4 GB database, last night's full backup, a roomy disk. Fields the
 * fleet file gives win; `backups: []` means none was ever made.
 */
export function mainTillWithDefaults(given: MainTillHealth | undefined, database: string, startedAt: Date, now: Date): Required<MainTillHealth> {
  const lastNight = new Date(now.getTime() - 10 * HOUR_MS);
  lastNight.setSeconds(0, 0);
  const stamp = localDateText(lastNight).slice(0, 10).replace(/-/g, '');
  return {
    edition: given?.edition ?? EDITION,
    engineEdition: given?.engineEdition ?? 4,
    startedAt: given?.startedAt ?? startedAt.toISOString(),
    database: given?.database ?? { name: database, dataMB: 2450, logMB: 310 },
    backups: given?.backups ?? [{ type: 'full', finishedAt: lastNight.toISOString(), file: `D:\\Backup\\${database}_${stamp}.BAK` }],
    volume: given?.volume ?? { totalMB: 238_000, freeMB: 151_000 },
  };
}

/**
 * SQL Server keeps these times as the server's local wall-clock time (no zone), and the monitor, in
 * the same shop, reads them as its own local time: the sim writes them the same way.
 */
export function localDateText(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ` +
    `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`
  );
}

export interface MainTillRows {
  databaseFiles: unknown[][];
  /** FILEPROPERTY(name, 'SpaceUsed') of each file in sys.database_files, by its name. */
  usedPages: Map<string, number>;
  sysInfo: unknown[][];
  volumeStats: unknown[][];
  backupsets: unknown[][];
  mediaFamilies: unknown[][];
}

/** The rows of each view for one main till; `databaseId` is DB_ID() of the PC-Kassa database. */
export function mainTillRows(health: Required<MainTillHealth>, database: string, databaseId: number): MainTillRows {
  const totalBytes = Math.round(health.volume.totalMB * BYTES_PER_MB);
  const freeBytes = Math.round(health.volume.freeMB * BYTES_PER_MB);
  const dataPages = Math.round(health.database.dataMB * PAGES_PER_MB);
  const logPages = Math.round(health.database.logMB * PAGES_PER_MB);
  const files = [
    [1, 0, 'ROWS', database, `C:\\Program Files\\Microsoft SQL Server\\MSSQL15.PCKASSA\\MSSQL\\DATA\\${database}.mdf`, dataPages, -1],
    [2, 1, 'LOG', `${database}_log`, `C:\\Program Files\\Microsoft SQL Server\\MSSQL15.PCKASSA\\MSSQL\\DATA\\${database}_log.ldf`, logPages, 268435456],
  ];
  const usedPages = new Map([
    [database, Math.round((health.database.usedDataMB ?? health.database.dataMB) * PAGES_PER_MB)],
    [`${database}_log`, logPages],
  ]);
  const backups = health.backups.map((b, i) => {
    const finished = new Date(b.finishedAt);
    return [i + 1, i + 1, database, TYPE_CODES[b.type], localDateText(new Date(finished.getTime() - 120_000)), localDateText(finished), 0];
  });
  return {
    databaseFiles: files,
    usedPages,
    sysInfo: [[localDateText(new Date(health.startedAt)), 4, 8_388_608]],
    volumeStats: files.map((f) => [databaseId, f[0], 'C:\\', '', 'NTFS', totalBytes, freeBytes]),
    backupsets: backups,
    mediaFamilies: health.backups.flatMap((b, i) => (b.file === undefined ? [] : [[i + 1, 1, b.file]])),
  };
}
