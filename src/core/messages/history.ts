import type { Translations } from '../i18n.js';

export const historyMessages = {
  'history.till.seen': {
    sv: '{till}: ny kassa ({role}), version {version}, Klient ID {clientId}',
    nb: '{till}: ny kasse ({role}), versjon {version}, klient-ID {clientId}',
    en: '{till}: new till ({role}), version {version}, Client ID {clientId}',
  },
  'history.till.seenOff': {
    sv: '{till}: ny kassa ({role}), version {version}, Klient ID {clientId}, inte ansluten',
    nb: '{till}: ny kasse ({role}), versjon {version}, klient-ID {clientId}, ikke tilkoblet',
    en: '{till}: new till ({role}), version {version}, Client ID {clientId}, not connected',
  },
  'history.till.version': { sv: '{till}: version {from} → {to}', nb: '{till}: versjon {from} → {to}', en: '{till}: version {from} → {to}' },
  'history.till.clientId': { sv: '{till}: Klient ID {from} → {to}', nb: '{till}: klient-ID {from} → {to}', en: '{till}: Client ID {from} → {to}' },
  'history.till.role': { sv: '{till}: {from} → {to}', nb: '{till}: {from} → {to}', en: '{till}: {from} → {to}' },
  'history.till.connected': { sv: '{till}: ansluten till huvudkassan', nb: '{till}: koblet til hovedkassen', en: '{till}: connected to the main till' },
  'history.till.disconnected': {
    sv: '{till}: inte längre ansluten (avstängd eller utan nätverk)',
    nb: '{till}: ikke lenger tilkoblet (slått av eller uten nettverk)',
    en: '{till}: no longer connected (switched off or no network)',
  },
  'history.finding.raised': { sv: 'Problem: {message}', nb: 'Problem: {message}', en: 'Problem: {message}' },
  'history.finding.cleared': {
    sv: 'Löst: {problem} ({tills}), pågick {duration}',
    nb: 'Løst: {problem} ({tills}), varte {duration}',
    en: 'Solved: {problem} ({tills}), lasted {duration}',
  },
  'history.server.unreachable': {
    sv: 'Huvudkassan går inte att nå: {reason}',
    nb: 'Hovedkassen kan ikke nås: {reason}',
    en: 'The main till cannot be reached: {reason}',
  },
  'history.server.reachable': {
    sv: 'Huvudkassan går att nå igen (borta i {duration})',
    nb: 'Hovedkassen kan nås igjen (borte i {duration})',
    en: 'The main till can be reached again (gone for {duration})',
  },
  'history.none': { sv: '(inga)', nb: '(ingen)', en: '(none)' },
  'history.unknown': { sv: 'okänd', nb: 'ukjent', en: 'unknown' },

  'history.code.EDITION_MISMATCH': { sv: 'fel utgåva', nb: 'feil utgave', en: 'wrong edition' },
  'history.code.VERSION_MISMATCH': { sv: 'olika versioner', nb: 'ulike versjoner', en: 'different versions' },
  'history.code.DUPLICATE_CLIENT_ID': { sv: 'samma Klient ID två gånger', nb: 'samme klient-ID to ganger', en: 'the same Client ID twice' },
  'history.code.UNKNOWN_VERSION': { sv: 'okänd version', nb: 'ukjent versjon', en: 'unknown version' },
  'history.code.MISSING_CLIENT_ID': { sv: 'Klient ID saknas', nb: 'klient-ID mangler', en: 'Client ID missing' },
  'history.code.PROFILE_FAILED': { sv: 'kassalistan gick inte att läsa', nb: 'kasselisten kunne ikke leses', en: 'the list of tills could not be read' },

  'history.duration.days': { sv: '{n} d', nb: '{n} d', en: '{n} d' },
  'history.duration.hours': { sv: '{n} tim', nb: '{n} t', en: '{n} h' },
  'history.duration.minutes': { sv: '{n} min', nb: '{n} min', en: '{n} min' },
  'history.duration.seconds': { sv: '{n} s', nb: '{n} s', en: '{n} s' },

  'history.section.events': { sv: 'Händelser', nb: 'Hendelser', en: 'Events' },
  'history.section.timeline': { sv: 'Versioner per kassa', nb: 'Versjoner per kasse', en: 'Versions per till' },
  'history.section.open': { sv: 'Olösta problem', nb: 'Uløste problemer', en: 'Open problems' },
  'history.timeline.interval': { sv: '  {version}  {from} – {to}', nb: '  {version}  {from} – {to}', en: '  {version}  {from} – {to}' },
  'history.timeline.now': { sv: 'nu', nb: 'nå', en: 'now' },
  'history.open.item': {
    sv: '{message} (sedan {since}, {duration})',
    nb: '{message} (siden {since}, {duration})',
    en: '{message} (since {since}, {duration})',
  },
  'history.badSince': {
    sv: '--since "{value}" är inget datum: skriv t.ex. 2026-11-25',
    nb: '--since "{value}" er ingen dato: skriv f.eks. 2026-11-25',
    en: '--since "{value}" is not a date: write e.g. 2026-11-25',
  },

  'store.newer': {
    sv: 'Historikfilen {path} kommer från en nyare version av Kassavakt (format {found}, den här versionen känner till {known}). Uppdatera Kassavakt; filen har inte ändrats.',
    nb: 'Historikkfilen {path} kommer fra en nyere versjon av Kassavakt (format {found}, denne versjonen kjenner {known}). Oppdater Kassavakt; filen er ikke endret.',
    en: 'The history file {path} comes from a newer Kassavakt (format {found}, this version knows {known}). Update Kassavakt; the file was not changed.',
  },
  'store.quarantined': {
    sv: 'Historikfilen var skadad och har flyttats undan till {path}. En ny historik har startats.',
    nb: 'Historikkfilen var skadet og er flyttet til {path}. En ny historikk er startet.',
    en: 'The history file was damaged and has been moved aside to {path}. A new history has been started.',
  },
  'store.diskProblem': {
    sv: 'Historiken kan inte sparas i {dir}: {reason}. Bevakningen fortsätter, men ändringarna sparas inte förrän det är åtgärdat.',
    nb: 'Historikken kan ikke lagres i {dir}: {reason}. Overvåkingen fortsetter, men endringene lagres ikke før det er rettet.',
    en: 'The history cannot be saved in {dir}: {reason}. Watching goes on, but changes are not saved until this is fixed.',
  },
  'store.cannotOpen': {
    sv: 'historikfilen går inte att skapa eller öppna (oftast saknas behörighet att skriva i mappen)',
    nb: 'historikkfilen kan ikke opprettes eller åpnes (som oftest mangler tilgang til å skrive i mappen)',
    en: 'the history file cannot be created or opened (most often, writing in the folder is not allowed)',
  },
  'store.diskError': {
    sv: 'disken svarar med läs- eller skrivfel',
    nb: 'disken svarer med lese- eller skrivefeil',
    en: 'the disk answers with read or write errors',
  },
  'store.inUse': { sv: 'ett annat program håller filen låst', nb: 'et annet program holder filen låst', en: 'another program has the file locked' },
  'store.damaged': { sv: 'historikfilen är skadad', nb: 'historikkfilen er skadet', en: 'the history file is damaged' },
  'store.diskRecovered': {
    sv: 'Historiken sparas igen i {dir}.',
    nb: 'Historikken lagres igjen i {dir}.',
    en: 'The history is being saved again in {dir}.',
  },
} satisfies Record<string, Translations>;
