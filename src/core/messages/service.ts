import type { Translations } from '../i18n.js';

/** What the running service says when a step of the poll cycle fails but polling goes on (watch, console, the tray's log). */
export const serviceMessages = {
  'service.historyFailed': {
    sv: 'Pollningen kunde inte sparas i historiken ({detail}); bevakningen fortsätter.',
    nb: 'Pollingen kunne ikke lagres i historikken ({detail}); overvåkingen fortsetter.',
    en: 'The poll could not be saved in the history ({detail}); watching goes on.',
  },
  'service.listenerFailed': {
    sv: 'Efter pollningen gick något fel ({detail}); bevakningen fortsätter.',
    nb: 'Etter pollingen gikk noe galt ({detail}); overvåkingen fortsetter.',
    en: 'Something went wrong after the poll ({detail}); watching goes on.',
  },
  'service.scheduleFailed': {
    sv: 'Bevakningen stannade ({detail}).',
    nb: 'Overvåkingen stoppet ({detail}).',
    en: 'Watching stopped ({detail}).',
  },
} satisfies Record<string, Translations>;
