import type { Translations } from '../i18n.js';

export const sqliteMessages = {
  'sqlite.unavailable': {
    sv: 'Historiken kan inte öppnas: den här installationen av Kassavakt kan inte använda SQLite (det behövs Node.js 22.16 eller nyare). Installera om Kassavakt.',
    nb: 'Historikken kan ikke åpnes: denne installasjonen av Kassavakt kan ikke bruke SQLite (det trengs Node.js 22.16 eller nyere). Installer Kassavakt på nytt.',
    en: 'The history cannot be opened: this installation of Kassavakt cannot use SQLite (it needs Node.js 22.16 or newer). Reinstall Kassavakt.',
  },
} satisfies Record<string, Translations>;
