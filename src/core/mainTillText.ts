// The main till's health in a few plain lines (edition, the database's size against the edition's
// limit, the latest full backup, free disk, since when SQL Server runs): the "Huvudkassan" block of
// `status` and `check` and the card on the overview page.
import { formatAge } from './healthFindings.js';
import { t, type Lang } from './i18n.js';
import { formatLocalTime } from './localTime.js';
import { latestFullBackup, mainTillFigures, type MainTillFigures, type MainTillHealth } from './mainTill.js';
import { formatGB, formatNumber, formatPercent } from './numberText.js';
import { DAYS_PER_MONTH, currentGrowth, sampleDataMB, type SizeSample } from './sizeGrowth.js';

/**
 * The lines, without the title; `at` is the time the figures are judged at (the poll's, or takenAt).
 * A piece that is not known is one plain line of its own ("Senaste säkerhetskopia: okänd").
 */
export function mainTillLines(health: MainTillHealth, at: string, lang: Lang): string[] {
  const figures = mainTillFigures(health, at);
  const lines = [health.edition === undefined ? t(lang, 'health.block.editionUnknown') : t(lang, 'health.block.edition', { edition: health.edition })];
  lines.push(...sizeLines(figures, lang));
  const full = latestFullBackup(health);
  if (full === undefined) lines.push(t(lang, 'health.block.backupUnknown'));
  else if (full === null) lines.push(t(lang, 'health.block.noBackup'));
  else lines.push(t(lang, 'health.block.backup', { time: formatLocalTime(new Date(full.finishedAt)), age: formatAge(lang, Date.parse(at) - Date.parse(full.finishedAt)) }));
  lines.push(
    figures.volumeFreeMB === null || figures.volumeTotalMB === null
      ? t(lang, 'health.block.diskUnknown')
      : t(lang, 'health.block.disk', { free: formatGB(lang, figures.volumeFreeMB), total: formatGB(lang, figures.volumeTotalMB) }),
  );
  lines.push(figures.startedAt === null ? t(lang, 'health.block.upSinceUnknown') : t(lang, 'health.block.upSince', { time: formatLocalTime(new Date(figures.startedAt)) }));
  return lines;
}

/** The used data against the limit; the files' size too when it differs (a file made larger in advance). */
function sizeLines(figures: MainTillFigures, lang: Lang): string[] {
  const { dataMB, usedDataMB, dataLimitMB } = figures;
  if (dataMB === null || usedDataMB === null) return [t(lang, 'health.block.sizeUnknown')];
  const size = formatGB(lang, usedDataMB);
  const lines = [
    dataLimitMB === null
      ? t(lang, 'health.block.size', { size })
      : t(lang, 'health.block.sizeOfLimit', { size, limit: formatNumber(lang, dataLimitMB / 1024), share: formatPercent(lang, usedDataMB / dataLimitMB) }),
  ];
  const files = formatGB(lang, dataMB);
  if (files !== size) lines.push(t(lang, 'health.block.files', { size: files }));
  return lines;
}

/** The "Huvudkassan" block of the terminal: the title and the lines indented. */
export function mainTillBlock(health: MainTillHealth, at: string, lang: Lang): string[] {
  return [t(lang, 'health.block.title'), ...mainTillLines(health, at, lang).map((line) => `  ${line}`)];
}

/** The history's line on the database's size: the latest sample and, from a week of samples, the current trend. */
export function sizeTrendLine(samples: readonly SizeSample[], lang: Lang): string {
  const last = samples.at(-1);
  if (last === undefined) return t(lang, 'health.trend.none');
  const size = formatGB(lang, sampleDataMB(last));
  const growth = currentGrowth(samples);
  if (growth === null) return t(lang, 'health.trend.short', { size, days: samples.length });
  return t(lang, 'health.trend.growth', { size, rate: formatGB(lang, growth.mbPerDay * DAYS_PER_MONTH), days: Math.round(growth.spanDays) });
}
