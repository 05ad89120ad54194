// Renders the history for the terminal: one line per change (as `watch` prints them) and the
// `history` report (events, each till's version timeline, open findings with their age).
import type { Change } from '../core/changes.js';
import { joinList, t, type Lang } from '../core/i18n.js';
import type { OpenFindingAge, TillTimeline } from '../store/index.js';

/** "2026-11-25 08:01" in local time: what the shop's clock said. */
export function localMinute(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function formatDuration(ms: number, lang: Lang): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts: string[] = [];
  if (days) parts.push(t(lang, 'history.duration.days', { n: days }));
  if (hours) parts.push(t(lang, 'history.duration.hours', { n: hours }));
  if (!days && minutes % 60) parts.push(t(lang, 'history.duration.minutes', { n: minutes % 60 }));
  return parts.join(' ');
}

export function changeLine(change: Change, lang: Lang): string {
  return `${localMinute(change.at)} ${describeChange(change, lang)}`;
}

export function describeChange(change: Change, lang: Lang): string {
  const unknown = t(lang, 'history.unknown');
  switch (change.type) {
    case 'till.seen':
      return t(lang, change.connected ? 'history.till.seen' : 'history.till.seenOff', {
        till: change.till,
        role: t(lang, `role.${change.role}`),
        version: change.version ?? unknown,
        clientId: change.clientId ?? unknown,
      });
    case 'till.version':
      return t(lang, 'history.till.version', { till: change.till, from: change.from ?? unknown, to: change.to ?? unknown });
    case 'till.clientId':
      return t(lang, 'history.till.clientId', { till: change.till, from: change.from ?? unknown, to: change.to ?? unknown });
    case 'till.role':
      return t(lang, 'history.till.role', { till: change.till, from: t(lang, `role.${change.from}`), to: t(lang, `role.${change.to}`) });
    case 'till.connected':
    case 'till.disconnected':
      return t(lang, `history.${change.type}`, { till: change.till });
    case 'finding.raised':
      return t(lang, 'history.finding.raised', { message: change.message });
    case 'finding.cleared':
      return t(lang, 'history.finding.cleared', {
        problem: t(lang, `history.code.${change.code}`),
        tills: joinList(lang, change.tills),
        duration: formatDuration(Date.parse(change.at) - Date.parse(change.since), lang),
      });
    case 'server.unreachable':
      return t(lang, 'history.server.unreachable', { reason: t(lang, `history.reason.${change.reason}`) });
    case 'server.reachable':
      return t(lang, 'history.server.reachable', { duration: formatDuration(Date.parse(change.at) - Date.parse(change.since), lang) });
  }
}

export interface HistoryReport {
  events: Change[];
  timelines: TillTimeline[];
  open: OpenFindingAge[];
}

export function renderHistory(report: HistoryReport, lang: Lang): string {
  const none = `  ${t(lang, 'history.none')}`;
  const lines = [t(lang, 'history.section.events')];
  lines.push(...(report.events.length ? report.events.map((e) => `  ${changeLine(e, lang)}`) : [none]));
  lines.push('', t(lang, 'history.section.timeline'));
  if (report.timelines.length === 0) lines.push(none);
  for (const timeline of report.timelines) {
    lines.push(`  ${timeline.till}`);
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
  return lines.join('\n');
}
