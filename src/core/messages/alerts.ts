import type { Translations } from '../i18n.js';

// Titles fit a desktop notification (a test keeps them under 64 characters); bodies are a sentence or two.
export const alertsMessages = {
  'alerts.unreachable.title': {
    sv: 'Huvudkassan svarar inte',
    nb: 'Hovedkassen svarer ikke',
    en: 'The main till does not answer',
  },
  'alerts.unreachable.noVerdict': {
    sv: 'Kassavakt når inte huvudkassan.',
    nb: 'Kassavakt når ikke hovedkassen.',
    en: 'Kassavakt cannot reach the main till.',
  },
  'alerts.unreachable.line': {
    sv: 'Huvudkassan svarar inte: {verdict}',
    nb: 'Hovedkassen svarer ikke: {verdict}',
    en: 'The main till does not answer: {verdict}',
  },
  'alerts.reachable.title': {
    sv: 'Huvudkassan svarar igen',
    nb: 'Hovedkassen svarer igjen',
    en: 'The main till answers again',
  },
  'alerts.reachable.body': {
    sv: 'Kassavakt når huvudkassan igen.',
    nb: 'Kassavakt når hovedkassen igjen.',
    en: 'Kassavakt reaches the main till again.',
  },
  'alerts.unstable.title': {
    sv: 'Anslutningen till huvudkassan är ostadig',
    nb: 'Forbindelsen til hovedkassen er ustabil',
    en: 'The connection to the main till is unstable',
  },
  'alerts.unstable.body': {
    sv: 'Den bryts och kommer tillbaka gång på gång. Kontrollera nätverket (kabel, wifi) mellan den här datorn och huvudkassan. Du får ett meddelande när den är stadig igen.',
    nb: 'Den faller ut og kommer tilbake gang på gang. Sjekk nettverket (kabel, wifi) mellom denne maskinen og hovedkassen. Du får en melding når den er stabil igjen.',
    en: 'It keeps dropping and coming back. Check the network (cable, Wi-Fi) between this PC and the main till. You will be told when it is steady again.',
  },
  'alerts.stable.title': {
    sv: 'Anslutningen är stadig igen',
    nb: 'Forbindelsen er stabil igjen',
    en: 'The connection is steady again',
  },
  'alerts.stable.bodyUp': {
    sv: 'Huvudkassan svarar som den ska.',
    nb: 'Hovedkassen svarer som den skal.',
    en: 'The main till answers as it should.',
  },
  'alerts.stable.bodyDown': {
    sv: 'Anslutningen växlar inte längre, men huvudkassan svarar inte: {verdict}',
    nb: 'Forbindelsen veksler ikke lenger, men hovedkassen svarer ikke: {verdict}',
    en: 'The connection no longer comes and goes, but the main till does not answer: {verdict}',
  },

  'alerts.open.DUPLICATE_CLIENT_ID': {
    sv: 'Två kassor har samma Klient ID',
    nb: 'To kasser har samme klient-ID',
    en: 'Two tills share a Client ID',
  },
  'alerts.open.VERSION_MISMATCH': {
    sv: 'Kassorna kör olika versioner',
    nb: 'Kassene kjører ulike versjoner',
    en: 'The tills run different versions',
  },
  'alerts.open.EDITION_MISMATCH': {
    sv: 'Fel utgåva av PC-Kassa',
    nb: 'Feil utgave av PC-Kassa',
    en: 'Wrong edition of PC-Kassa',
  },
  'alerts.open.UNKNOWN_VERSION': {
    sv: 'Okänd version på en kassa',
    nb: 'Ukjent versjon på en kasse',
    en: 'Unknown version on a till',
  },
  'alerts.open.MISSING_CLIENT_ID': {
    sv: 'En kassa saknar Klient ID',
    nb: 'En kasse mangler klient-ID',
    en: 'A till has no Client ID',
  },
  'alerts.open.PROFILE_FAILED': {
    sv: 'Kassalistan kan inte läsas',
    nb: 'Kasselisten kan ikke leses',
    en: 'The list of tills cannot be read',
  },

  'alerts.cleared.DUPLICATE_CLIENT_ID': {
    sv: 'Löst: olika Klient ID igen',
    nb: 'Løst: ulike klient-ID igjen',
    en: 'Solved: Client IDs differ again',
  },
  'alerts.clearedBody.DUPLICATE_CLIENT_ID': {
    sv: '{tills} har inte längre samma Klient ID.',
    nb: '{tills} har ikke lenger samme klient-ID.',
    en: '{tills} no longer share a Client ID.',
  },
  'alerts.cleared.VERSION_MISMATCH': {
    sv: 'Löst: alla kassor kör samma version',
    nb: 'Løst: alle kassene kjører samme versjon',
    en: 'Solved: all tills run the same version',
  },
  'alerts.clearedBody.VERSION_MISMATCH': {
    sv: 'Alla kassor kör nu samma version.',
    nb: 'Alle kassene kjører nå samme versjon.',
    en: 'All tills now run the same version.',
  },
  'alerts.cleared.EDITION_MISMATCH': {
    sv: 'Löst: alla kassor kör rätt utgåva',
    nb: 'Løst: alle kassene kjører riktig utgave',
    en: 'Solved: all tills run the right edition',
  },
  'alerts.clearedBody.EDITION_MISMATCH': {
    sv: 'Alla kassor kör nu samma utgåva av PC-Kassa.',
    nb: 'Alle kassene kjører nå samme utgave av PC-Kassa.',
    en: 'All tills now run the same edition of PC-Kassa.',
  },
  'alerts.cleared.UNKNOWN_VERSION': {
    sv: 'Löst: versionen syns igen',
    nb: 'Løst: versjonen vises igjen',
    en: 'Solved: the version is known again',
  },
  'alerts.clearedBody.UNKNOWN_VERSION': {
    sv: 'Kassavakt kan nu läsa versionen på {tills}.',
    nb: 'Kassavakt kan nå lese versjonen på {tills}.',
    en: 'Kassavakt can now read the version of {tills}.',
  },
  'alerts.cleared.MISSING_CLIENT_ID': {
    sv: 'Löst: Klient ID finns',
    nb: 'Løst: klient-ID finnes',
    en: 'Solved: the Client ID is there',
  },
  'alerts.clearedBody.MISSING_CLIENT_ID': {
    sv: '{tills} har nu ett Klient ID.',
    nb: '{tills} har nå et klient-ID.',
    en: '{tills} now has a Client ID.',
  },
  'alerts.cleared.PROFILE_FAILED': {
    sv: 'Löst: kassalistan går att läsa',
    nb: 'Løst: kasselisten kan leses',
    en: 'Solved: the list of tills can be read',
  },
  'alerts.clearedBody.PROFILE_FAILED': {
    sv: 'Kassavakt läser kassorna från huvudkassan igen.',
    nb: 'Kassavakt leser kassene fra hovedkassen igjen.',
    en: 'Kassavakt reads the tills from the main till again.',
  },
  'alerts.reminder.title': {
    sv: 'Påminnelse: {title}',
    nb: 'Påminnelse: {title}',
    en: 'Reminder: {title}',
  },

  'alerts.update.title': {
    sv: 'Uppdatera resten av kassorna',
    nb: 'Oppdater resten av kassene',
    en: 'Update the other tills',
  },
  'alerts.update.body': {
    sv: '{on} kör nu {version} – uppdatera {behind} innan ni öppnar.',
    nb: '{on} kjører nå {version} – oppdater {behind} før dere åpner.',
    en: '{on} now on {version} – update {behind} before you open.',
  },
  'alerts.updateDone.title': {
    sv: 'Alla kassor kör nu {version}',
    nb: 'Alle kassene kjører nå {version}',
    en: 'All tills now run {version}',
  },
  'alerts.updateDone.body': {
    sv: 'Uppdateringen är klar på alla kassor.',
    nb: 'Oppdateringen er ferdig på alle kassene.',
    en: 'The update is done on every till.',
  },

  'alerts.summary.title': {
    sv: 'Läget just nu: {count} saker',
    nb: 'Status nå: {count} ting',
    en: 'Where things stand: {count} items',
  },
  'alerts.summary.more': { sv: '…och {count} till', nb: '…og {count} til', en: '…and {count} more' },
} satisfies Record<string, Translations>;
