// The main till's health judged: backups, the Express size limit and free disk, each against the
// thresholds in config `health.*`, at a given time (the poll's, or a snapshot's takenAt). Pieces the
// login may not read give one HEALTH_UNKNOWN naming them and the GRANT that fixes it, never "fine".
import type { HealthSettings } from './config.js';
import type { Finding } from './findings.js';
import { joinList, t, type Lang } from './i18n.js';
import { formatLocalTime } from './localTime.js';
import { dataLimitMB, latestFullBackup, usedDataMB, type HealthPiece, type MainTillHealth, type UnreadablePiece } from './mainTill.js';
import { formatGB, formatMonth, formatNumber, formatPercent } from './numberText.js';
import { DAYS_PER_MONTH, GROWTH_WINDOW_DAYS, limitReachedAt, type SizeGrowth } from './sizeGrowth.js';

const HOUR_MS = 3_600_000;
const MB_PER_GB = 1024;

export interface HealthContext {
  /** The time the judgement is for (ISO). */
  at: string;
  settings: HealthSettings;
  lang: Lang;
  /**
   * The database's current growth from the history (sizeGrowth.currentGrowth; null until it holds a
   * week of samples). Asked only for a database near its limit: reading the samples is not every poll's work.
   */
  growth?: () => SizeGrowth | null;
}

export function assessMainTill(health: MainTillHealth, context: HealthContext): Finding[] {
  return [...backupFindings(health, context), ...sizeFindings(health, context), ...diskFindings(health, context)];
}

function finding(code: Finding['code'], severity: Finding['severity'], message: string, advice: string): Finding {
  return { code, severity, tills: [], message, advice };
}

function backupFindings(health: MainTillHealth, { at, settings, lang }: HealthContext): Finding[] {
  const full = latestFullBackup(health);
  if (full === undefined) return [];
  const advice = t(lang, 'health.backup.advice');
  if (full === null) {
    return [finding('BACKUP_MISSING', 'error', t(lang, 'health.backupMissing.message', { database: health.database?.name ?? 'PCKassa' }), advice)];
  }
  const ageMs = Date.parse(at) - Date.parse(full.finishedAt);
  if (!(ageMs > settings.backupMaxAgeHours * HOUR_MS)) return [];
  const severity = ageMs > settings.backupErrorDays * 24 * HOUR_MS ? 'error' : 'warning';
  const message = t(lang, 'health.backupStale.message', {
    time: formatLocalTime(new Date(full.finishedAt)),
    age: formatAge(lang, ageMs),
    file: full.file ?? t(lang, 'health.unknownFile'),
  });
  return [finding('BACKUP_STALE', severity, message, advice)];
}

/** "40 timmar" under two days, else "9 dygn". */
export function formatAge(lang: Lang, ms: number): string {
  const hours = Math.max(0, Math.floor(ms / HOUR_MS));
  return hours < 48 ? t(lang, 'health.age.hours', { n: hours }) : t(lang, 'health.age.days', { n: Math.floor(hours / 24) });
}

/** Judged on the used data space: a data file made larger in advance is not a database near its limit. */
function sizeFindings(health: MainTillHealth, { at, settings, lang, growth: currentGrowth }: HealthContext): Finding[] {
  const limit = dataLimitMB(health);
  if (limit === null || health.database === undefined) return [];
  const dataMB = usedDataMB(health.database);
  const share = dataMB / limit;
  if (share * 100 < settings.sizeWarningPercent) return [];
  const severity = share * 100 >= settings.sizeErrorPercent ? 'error' : 'warning';
  const params = { size: formatGB(lang, dataMB), limit: formatNumber(lang, limit / MB_PER_GB), share: formatPercent(lang, share) };
  const growth = currentGrowth?.() ?? null;
  const full = growth ? limitReachedAt(dataMB, limit, growth, at) : null;
  const message =
    growth && full
      ? t(lang, 'health.nearLimit.forecast', {
          ...params,
          rate: formatGB(lang, growth.mbPerDay * DAYS_PER_MONTH),
          days: Math.min(GROWTH_WINDOW_DAYS, Math.round(growth.spanDays)),
          month: formatMonth(lang, full),
        })
      : t(lang, 'health.nearLimit.message', params);
  return [finding('DATABASE_NEAR_LIMIT', severity, message, t(lang, 'health.nearLimit.advice', { limit: params.limit }))];
}

function diskFindings(health: MainTillHealth, { settings, lang }: HealthContext): Finding[] {
  if (health.volume === undefined || !(health.volume.totalMB > 0)) return [];
  const { freeMB, totalMB } = health.volume;
  const percent = (freeMB / totalMB) * 100;
  const gb = freeMB / MB_PER_GB;
  const below = (percentLimit: number, gbLimit: number) => percent < percentLimit || gb < gbLimit;
  if (!below(settings.diskWarningPercent, settings.diskWarningGB)) return [];
  const severity = below(settings.diskErrorPercent, settings.diskErrorGB) ? 'error' : 'warning';
  const message = t(lang, 'health.diskLow.message', {
    free: formatGB(lang, freeMB),
    total: formatGB(lang, totalMB),
    share: formatPercent(lang, freeMB / totalMB),
  });
  return [finding('DISK_LOW', severity, message, t(lang, 'health.diskLow.advice'))];
}

/** `[name]` as QUOTENAME writes it. */
export function quoteName(name: string): string {
  return `[${name.replace(/]/g, ']]')}]`;
}

/** `N'text'`, a Unicode string literal with its quotes doubled. */
function unicodeLiteral(text: string): string {
  return `N'${text.replace(/'/g, "''")}'`;
}

/**
 * The T-SQL that lets `login` read a piece, as an administrator runs it on the main till. A server
 * permission can be granted only while master is the current database (else Msg 4621); a login
 * without a user in msdb (the usual cause of error 229 there) cannot be granted anything in it until
 * it has one (else Msg 15151).
 */
export function grantFor(piece: HealthPiece, login: string): string {
  const who = quoteName(login);
  if (piece === 'backups') {
    return (
      `USE msdb; IF DATABASE_PRINCIPAL_ID(${unicodeLiteral(login)}) IS NULL CREATE USER ${who} FOR LOGIN ${who}; ` +
      `GRANT SELECT ON dbo.backupset TO ${who}; GRANT SELECT ON dbo.backupmediafamily TO ${who};`
    );
  }
  return `USE master; GRANT VIEW SERVER STATE TO ${who};`;
}

/** One finding for everything the login may not read, with the grants that fix it; null for none. */
export function healthUnknown(unreadable: readonly UnreadablePiece[], login: string, lang: Lang): Finding | null {
  if (unreadable.length === 0) return null;
  const pieces = [...new Set(unreadable.map((u) => u.piece))];
  const grants = [...new Set(pieces.map((piece) => grantFor(piece, login)))];
  return finding(
    'HEALTH_UNKNOWN',
    'warning',
    t(lang, 'health.unknown.message', { pieces: joinList(lang, pieces.map((piece) => t(lang, `health.piece.${piece}`))) }),
    t(lang, 'health.unknown.advice', { grants: grants.join(' ') }),
  );
}
