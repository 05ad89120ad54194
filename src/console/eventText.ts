// A history event (a Change from the store) as the page shows it: the shared sentence plus a severity.
import type { Change } from '../core/changes.js';
import { describeChange as changeSentence } from '../core/changeText.js';
import type { Lang } from '../core/i18n.js';
import type { HistoryEventView } from './model.js';

export function describeChange(change: Change, lang: Lang): HistoryEventView {
  const text = changeSentence(change, lang);
  switch (change.type) {
    case 'finding.raised':
      return { at: change.at, till: change.tills[0], severity: change.severity, text };
    case 'finding.cleared':
      return { at: change.at, till: change.tills[0], severity: 'info', text };
    case 'server.unreachable':
      return { at: change.at, severity: 'error', text };
    case 'server.reachable':
    case 'server.restarted':
      return { at: change.at, severity: 'info', text };
    default:
      return { at: change.at, till: change.till, severity: 'info', text };
  }
}
