// The main till's health in a few plain lines (edition, the database's size against the edition's
// limit, the latest full backup, free disk, since when SQL Server runs): the "Huvudkassan" block of
// `status` and `check` and the card on the overview page.
import { formatAge } from './healthFindings.js';
import { t, type Lang } from './i18n.js';
import { formatLocalTime } from './localTime.js';
import { latestFullBackup, mainTillFigures, type MainTillHealth } from './mainTill.js';
import { formatGB, formatNumber, formatPercent } from './numberText.js';
import { DAYS_PER_MONTH, dataGrowth, type SizeSample } from './sizeGrowth.js';

/** The lines, without the title; `at` is the time the figures are judged at (the poll's, or takenAt). */
export function mainTillLines(health: MainTillHealth, at: string, lang: Lang): string[] {
  const figures = mainTillFigures(health, at);
  const unknown = t(lang, 'health.block.unknown');
  const lines = [t(lang, 'health.block.edition', { edition: health.edition ?? unknown })];
  if (figures.dataMB === null) lines.push(t(lang, 'health.block.size', { size: unknown }));
  else if (figures.dataLimitMB === null) lines.push(t(lang, 'health.block.size', { size: formatGB(lang, figures.dataMB) }));
  else {
    lines.push(
      t(lang, 'health.block.sizeOfLimit', {
        size: formatGB(lang, figures.dataMB),
        limit: formatNumber(lang, figures.dataLimitMB / 1024),
        share: formatPercent(lang, figures.dataMB / figures.dataLimitMB),
      }),
    );
  }
  const full = latestFullBackup(health);
  if (full === null) lines.push(t(lang, 'health.block.noBackup'));
  else {
    const time = full === undefined ? unknown : formatLocalTime(new Date(full.finishedAt));
    const age = full === undefined ? unknown : formatAge(lang, Date.parse(at) - Date.parse(full.finishedAt));
    lines.push(t(lang, 'health.block.backup', { time, age }));
  }
  lines.push(
    figures.volumeFreeMB === null || figures.volumeTotalMB === null
      ? t(lang, 'health.block.disk', { free: unknown, total: unknown })
      : t(lang, 'health.block.disk', { free: formatGB(lang, figures.volumeFreeMB), total: formatGB(lang, figures.volumeTotalMB) }),
  );
  lines.push(t(lang, 'health.block.upSince', { time: figures.startedAt === null ? unknown : formatLocalTime(new Date(figures.startedAt)) }));
  return lines;
}

/** The "Huvudkassan" block of the terminal: the title and the lines indented. */
export function mainTillBlock(health: MainTillHealth, at: string, lang: Lang): string[] {
  return [t(lang, 'health.block.title'), ...mainTillLines(health, at, lang).map((line) => `  ${line}`)];
}

/** The history's line on the database's size: the latest sample and, from a week of samples, the trend. */
export function sizeTrendLine(samples: readonly SizeSample[], lang: Lang): string {
  const last = samples.at(-1);
  if (last === undefined) return t(lang, 'health.trend.none');
  const size = formatGB(lang, last.dataMB);
  const growth = dataGrowth(samples);
  if (growth === null) return t(lang, 'health.trend.short', { size, days: samples.length });
  return t(lang, 'health.trend.growth', { size, rate: formatGB(lang, growth.mbPerDay * DAYS_PER_MONTH), days: Math.round(growth.spanDays) });
}
