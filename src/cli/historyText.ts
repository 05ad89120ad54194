// Renders the history for the terminal: one line per change (as `watch` prints them) and the
// `history` report (events, each till's version timeline, open findings with their age).
import type { Change } from '../core/changes.js';
import { describeChange, formatDuration } from '../core/changeText.js';
import { t, type Lang } from '../core/i18n.js';
import { formatLocalTime } from '../core/localTime.js';
import { sizeTrendLine } from '../core/mainTillText.js';
import type { SizeSample } from '../core/sizeGrowth.js';
import { visibleInline } from '../core/visibleText.js';
import type { OpenFindingAge, TillTimeline } from '../store/index.js';

/** What the shop's clock said. */
const localMinute = (iso: string): string => formatLocalTime(new Date(iso));

export function changeLine(change: Change, lang: Lang): string {
  return `${localMinute(change.at)} ${describeChange(change, lang)}`;
}

export interface HistoryReport {
  events: Change[];
  timelines: TillTimeline[];
  open: OpenFindingAge[];
  /** The main till's database size, one sample per day, oldest first. */
  sizes: SizeSample[];
}

export function renderHistory(report: HistoryReport, lang: Lang): string {
  const none = `  ${t(lang, 'history.none')}`;
  // Concatenated, never spread into push(): years of events would overflow the stack.
  const events = report.events.length ? report.events.map((e) => `  ${changeLine(e, lang)}`) : [none];
  const lines = [t(lang, 'history.section.events'), ...events, '', t(lang, 'history.section.timeline')];
  if (report.timelines.length === 0) lines.push(none);
  for (const timeline of report.timelines) {
    lines.push(`  ${visibleInline(timeline.till)}`);
    for (const interval of timeline.intervals) {
      lines.push(
        `  ${t(lang, 'history.timeline.interval', {
          version: interval.version ?? t(lang, 'history.unknown'),
          from: localMinute(interval.from),
          to: interval.to === null ? t(lang, 'history.timeline.now') : localMinute(interval.to),
        })}`,
      );
    }
  }
  lines.push('', t(lang, 'history.section.open'));
  if (report.open.length === 0) lines.push(none);
  for (const finding of report.open) {
    lines.push(`  ${t(lang, 'history.open.item', { message: finding.message, since: localMinute(finding.since), duration: formatDuration(finding.openForMs, lang) })}`);
  }
  lines.push('', t(lang, 'health.trend.title'), `  ${sizeTrendLine(report.sizes, lang)}`);
  return lines.join('\n');
}
