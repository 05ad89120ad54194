// Changes → notices in the user's language: one notice per change, or one summary of several.
import { joinList, t, type Lang } from '../i18n.js';
import type { FindingCode } from '../findings.js';
import { worstSeverity } from '../findings.js';
import type { Change } from './delivery.js';
import type { Notice } from './model.js';

const CONNECTION = 'connection';
/**
 * A summary names this many changes and counts the rest; each line, and each notice's body, is cut at
 * MAX_TEXT characters. A desktop notification shows a few lines anyway, and a body of thousands of
 * findings (or of one finding naming thousands of tills) would be megabytes, which notify-send cannot
 * even be given (Linux refuses an argument over 128 KB).
 */
const SUMMARY_LINES = 8;
const MAX_TEXT = 500;

export function renderNotice(change: Change, lang: Lang): Notice {
  const notice = noticeFor(change, lang);
  return { ...notice, body: clipped(notice.body) };
}

function noticeFor(change: Change, lang: Lang): Notice {
  switch (change.kind) {
    case 'unreachable':
      return {
        kind: 'unreachable',
        severity: 'error',
        title: t(lang, 'alerts.unreachable.title'),
        body: verdictText(change.verdict, lang),
        key: CONNECTION,
      };
    case 'reachable':
      return {
        kind: 'reachable',
        severity: 'info',
        title: t(lang, 'alerts.reachable.title'),
        body: t(lang, 'alerts.reachable.body'),
        key: CONNECTION,
      };
    case 'unstable':
      return {
        kind: 'unstable',
        severity: 'warning',
        title: t(lang, 'alerts.unstable.title'),
        body: t(lang, 'alerts.unstable.body'),
        key: CONNECTION,
      };
    case 'stable':
      return change.reach === 'unreachable'
        ? {
            kind: 'stable',
            severity: 'error',
            title: t(lang, 'alerts.unreachable.title'),
            body: t(lang, 'alerts.stable.bodyDown', { verdict: verdictText(change.verdict, lang) }),
            key: CONNECTION,
          }
        : {
            kind: 'stable',
            severity: 'info',
            title: t(lang, 'alerts.stable.title'),
            body: t(lang, 'alerts.stable.bodyUp'),
            key: CONNECTION,
          };
    case 'finding':
      return {
        kind: 'finding',
        severity: change.finding.severity,
        title: openTitle(change.finding.code, lang),
        body: `${change.finding.message} ${change.finding.advice}`.trim(),
        key: change.key,
      };
    case 'reminder':
      return {
        kind: 'reminder',
        severity: change.finding.severity,
        title: t(lang, 'alerts.reminder.title', { title: openTitle(change.finding.code, lang) }),
        body: `${change.finding.message} ${change.finding.advice}`.trim(),
        key: change.key,
      };
    case 'cleared':
      return {
        kind: 'cleared',
        severity: 'info',
        title: t(lang, `alerts.cleared.${change.finding.code}`),
        body: t(lang, `alerts.clearedBody.${change.finding.code}`, { tills: joinList(lang, change.finding.tills) }),
        key: change.key,
      };
    case 'update':
      return {
        kind: 'update',
        severity: 'warning',
        title: t(lang, 'alerts.update.title'),
        body: t(lang, 'alerts.update.body', {
          on: joinList(lang, change.rollout.on),
          version: change.rollout.version,
          behind: joinList(lang, change.rollout.behind),
        }),
        key: change.key,
      };
    case 'updateDone':
      return {
        kind: 'updateDone',
        severity: 'info',
        title: t(lang, 'alerts.updateDone.title', { version: change.rollout.version }),
        body: t(lang, 'alerts.updateDone.body'),
        key: change.key,
      };
  }
}

/** One notice listing several changes, one line each (the first SUMMARY_LINES), as severe as the worst of them. */
export function renderSummary(changes: readonly Change[], lang: Lang): Notice {
  const notices = changes.map((change) => renderNotice(change, lang));
  const shown = changes.slice(0, SUMMARY_LINES).map((change, i) => `• ${clipped(summaryLine(change, notices[i]!, lang))}`);
  const more = changes.length - shown.length;
  return {
    kind: 'summary',
    severity: worstSeverity(notices) ?? 'info',
    title: t(lang, 'alerts.summary.title', { count: changes.length }),
    body: (more > 0 ? [...shown, t(lang, 'alerts.summary.more', { count: more })] : shown).join('\n'),
  };
}

/** At most MAX_TEXT characters, an ellipsis where it was cut (never inside a surrogate pair). */
function clipped(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[MAX_TEXT - 2]!) ? MAX_TEXT - 2 : MAX_TEXT - 1;
  return `${text.slice(0, cut)}…`;
}

function summaryLine(change: Change, notice: Notice, lang: Lang): string {
  switch (change.kind) {
    case 'unreachable':
      return t(lang, 'alerts.unreachable.line', { verdict: verdictText(change.verdict, lang) });
    case 'finding':
    case 'reminder':
      return change.finding.message;
    case 'cleared':
    case 'update':
    case 'reachable':
      return notice.body;
    case 'stable':
      return change.reach === 'unreachable' ? notice.body : `${notice.title}.`;
    case 'unstable':
    case 'updateDone':
      return `${notice.title}.`;
  }
}

function openTitle(code: FindingCode, lang: Lang): string {
  return t(lang, `alerts.open.${code}`);
}

function verdictText(verdict: string, lang: Lang): string {
  return verdict.trim() === '' ? t(lang, 'alerts.unreachable.noVerdict') : verdict.trim();
}
