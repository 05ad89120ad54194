import type { Translations } from '../i18n.js';

/** Why a DSN repair stopped, beyond the failures in doctor.ts: the target lies elsewhere, or the new one did not work. */
export const dsnRepairMessages = {
  'repair.error.NOT_REPAIRABLE': {
    sv: '"{dsn}" får sin serveradress från {detail}, som Kassavakt varken läser eller ändrar. Inget ändrades; ändra det för hand eller be om hjälp.',
    nb: '"{dsn}" får serveradressen sin fra {detail}, som Kassavakt verken leser eller endrer. Ingenting ble endret; endre det for hånd eller be om hjelp.',
    en: '"{dsn}" takes its server address from {detail}, which Kassavakt neither reads nor changes. Nothing was changed; change it by hand or ask for help.',
  },
  'repair.error.STILL_FAILS': {
    sv: 'Kassavakt provade {detail} i "{dsn}", men huvudkassan svarade inte där. Det gamla värdet är tillbaka; inget ändrades.',
    nb: 'Kassavakt prøvde {detail} i "{dsn}", men hovedkassen svarte ikke der. Den gamle verdien er tilbake; ingenting ble endret.',
    en: 'Kassavakt tried {detail} in "{dsn}", but the main till did not answer there. The old value is back; nothing was changed.',
  },
  'repair.error.BACKUP_UNREADABLE': {
    sv: '"{dsn}" ändrades inte: Kassavakts reservkopia {detail} går inte att läsa ({reason}).',
    nb: '"{dsn}" ble ikke endret: Kassavakts sikkerhetskopi {detail} kan ikke leses ({reason}).',
    en: '"{dsn}" was not changed: Kassavakt\'s backup file {detail} cannot be read ({reason}).',
  },
  'repair.error.BACKUP_FAILED': {
    sv: '"{dsn}" ändrades inte: de gamla värdena kunde inte sparas i {detail} ({reason}).',
    nb: '"{dsn}" ble ikke endret: de gamle verdiene kunne ikke lagres i {detail} ({reason}).',
    en: '"{dsn}" was not changed: the old values could not be saved in {detail} ({reason}).',
  },
  'repair.error.ROLLBACK_FAILED': {
    sv: 'Reparationen av "{dsn}" fungerade inte, och det gamla värdet kunde inte skrivas tillbaka ({detail}). Ångra med "kassavakt repair --undo".',
    nb: 'Reparasjonen av "{dsn}" virket ikke, og den gamle verdien kunne ikke skrives tilbake ({detail}). Angre med "kassavakt repair --undo".',
    en: 'The repair of "{dsn}" did not work, and the old value could not be written back ({detail}). Undo with "kassavakt repair --undo".',
  },
} satisfies Record<string, Translations>;
