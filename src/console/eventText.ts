// A history event (a Change from the store) in the page's words, using the history catalog.
import type { Change } from '../core/changes.js';
import { joinList, t, type Lang } from '../core/i18n.js';
import { catalog, type MessageKey } from '../core/messages/index.js';
import type { HistoryEventView } from './model.js';

export function describeChange(change: Change, lang: Lang): HistoryEventView {
  const none = t(lang, 'history.none');
  const base = { at: change.at, till: 'till' in change ? change.till : undefined };
  switch (change.type) {
    case 'till.seen':
      return {
        ...base,
        severity: 'info',
        text: t(lang, change.connected ? 'history.till.seen' : 'history.till.seenOff', {
          till: change.till,
          role: t(lang, `role.${change.role}`),
          version: change.version ?? none,
          clientId: change.clientId ?? none,
        }),
      };
    case 'till.version':
      return { ...base, severity: 'info', text: t(lang, 'history.till.version', { till: change.till, from: change.from ?? none, to: change.to ?? none }) };
    case 'till.clientId':
      return { ...base, severity: 'info', text: t(lang, 'history.till.clientId', { till: change.till, from: change.from ?? none, to: change.to ?? none }) };
    case 'till.role':
      return { ...base, severity: 'info', text: t(lang, 'history.till.role', { till: change.till, from: t(lang, `role.${change.from}`), to: t(lang, `role.${change.to}`) }) };
    case 'till.connected':
    case 'till.disconnected':
      return { ...base, severity: 'info', text: t(lang, `history.${change.type}`, { till: change.till }) };
    case 'finding.raised':
      return { ...base, till: change.tills[0], severity: change.severity, text: t(lang, 'history.finding.raised', { message: change.message }) };
    case 'finding.cleared':
      return {
        ...base,
        till: change.tills[0],
        severity: 'info',
        text: t(lang, 'history.finding.cleared', {
          problem: known(`history.code.${change.code}`) ? t(lang, `history.code.${change.code}` as MessageKey) : change.code,
          tills: joinList(lang, change.tills),
          duration: formatDuration(lang, Date.parse(change.at) - Date.parse(change.since)),
        }),
      };
    case 'server.unreachable':
      return { ...base, severity: 'error', text: t(lang, 'history.server.unreachable', { reason: t(lang, `history.reason.${change.reason}`) }) };
    case 'server.reachable':
      return {
        ...base,
        severity: 'info',
        text: t(lang, 'history.server.reachable', { duration: formatDuration(lang, Date.parse(change.at) - Date.parse(change.since)) }),
      };
  }
}

function known(key: string): key is MessageKey {
  return key in catalog;
}

export function formatDuration(lang: Lang, ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return t(lang, 'history.duration.minutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t(lang, 'history.duration.hours', { n: hours });
  return t(lang, 'history.duration.days', { n: Math.round(hours / 24) });
}
