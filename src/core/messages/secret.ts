import type { Translations } from '../i18n.js';

export const secretMessages = {
  'secret.unreadable': {
    sv: '{path}: det sparade lösenordet till SQL-inloggningen går inte att läsa här (det sparades av en annan Windows-användare eller på en annan dator). Ange lösenordet igen: kassavakt login, eller under Inställningar i översikten.',
    nb: '{path}: det lagrede passordet til SQL-påloggingen kan ikke leses her (det ble lagret av en annen Windows-bruker eller på en annen datamaskin). Skriv inn passordet på nytt: kassavakt login, eller under Innstillinger i oversikten.',
    en: '{path}: the saved password of the SQL login cannot be read here (it was saved by another Windows user or on another computer). Enter the password again: kassavakt login, or under Settings in the overview.',
  },
  'secret.unavailable': {
    sv: '{path}: Windows skydd för lösenordet (DPAPI) gick inte att använda ({detail}). Installera om Kassavakt.',
    nb: '{path}: Windows-beskyttelsen av passordet (DPAPI) kunne ikke brukes ({detail}). Installer Kassavakt på nytt.',
    en: '{path}: the Windows protection of the password (DPAPI) could not be used ({detail}). Reinstall Kassavakt.',
  },
} satisfies Record<string, Translations>;
