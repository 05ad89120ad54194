// A history change (core/changes.ts) in the user's words: one sentence, shared by `watch`, `history`
// and the overview page.
import type { Change } from './changes.js';
import { joinList, t, type Lang } from './i18n.js';

/** Under a minute in seconds (an outage of a few seconds is not "1 min"), else days, hours and minutes. */
export function formatDuration(ms: number, lang: Lang): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return t(lang, 'history.duration.seconds', { n: Math.max(1, seconds) });
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts: string[] = [];
  if (days) parts.push(t(lang, 'history.duration.days', { n: days }));
  if (hours) parts.push(t(lang, 'history.duration.hours', { n: hours }));
  if (!days && minutes % 60) parts.push(t(lang, 'history.duration.minutes', { n: minutes % 60 }));
  return parts.join(' ');
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
      return t(lang, 'history.server.unreachable', { reason: t(lang, `unreachable.reason.${change.reason}`) });
    case 'server.reachable':
      return t(lang, 'history.server.reachable', { duration: formatDuration(Date.parse(change.at) - Date.parse(change.since), lang) });
  }
}
