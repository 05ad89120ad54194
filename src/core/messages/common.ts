import type { Translations } from '../i18n.js';

export const commonMessages = {
  'list.and': { sv: 'och', nb: 'og', en: 'and' },
  'error.prefix': { sv: 'Fel', nb: 'Feil', en: 'Error' },
  'input.missing': { sv: 'saknas', nb: 'mangler', en: 'missing' },
  'input.notString': { sv: 'ska vara text', nb: 'skal være tekst', en: 'must be a string' },
  'input.notObject': { sv: 'ska vara ett objekt', nb: 'skal være et objekt', en: 'must be an object' },
  'input.notArray': { sv: 'ska vara en lista', nb: 'skal være en liste', en: 'must be a list' },
  'input.notBoolean': { sv: 'ska vara true eller false', nb: 'skal være true eller false', en: 'must be true or false' },
  'input.notIdType': {
    sv: 'ska vara text eller ett heltal',
    nb: 'skal være tekst eller et heltall',
    en: 'must be a string or a whole number',
  },
  'input.oneOf': { sv: 'ska vara en av: {values}', nb: 'skal være en av: {values}', en: 'must be one of: {values}' },
  'input.empty': { sv: 'filen är tom', nb: 'filen er tom', en: 'the file is empty' },
  'input.notJsonAt': {
    sv: 'är inte giltig JSON (fel på rad {line}, tecken {column})',
    nb: 'er ikke gyldig JSON (feil på linje {line}, tegn {column})',
    en: 'is not valid JSON (error at line {line}, character {column})',
  },
  'input.notJsonEnd': {
    sv: 'är inte giltig JSON (texten tar slut för tidigt; saknas en } eller ett "?)',
    nb: 'er ikke gyldig JSON (teksten slutter for tidlig; mangler en } eller en "?)',
    en: 'is not valid JSON (the text ends too early; is a } or a " missing?)',
  },
  'input.notJsonPlain': { sv: 'är inte giltig JSON', nb: 'er ikke gyldig JSON', en: 'is not valid JSON' },
  'input.cannotRead': { sv: 'kan inte läsas: {detail}', nb: 'kan ikke leses: {detail}', en: 'cannot be read: {detail}' },
  'input.noSuchFile': { sv: 'filen finns inte', nb: 'filen finnes ikke', en: 'no such file' },
  'input.isFolder': { sv: 'är en mapp, inte en fil', nb: 'er en mappe, ikke en fil', en: 'is a folder, not a file' },
  'input.notRegularFile': {
    sv: 'är ingen vanlig fil (utan t.ex. en FIFO eller en enhet)',
    nb: 'er ikke en vanlig fil (men f.eks. en FIFO eller en enhet)',
    en: 'is not a regular file (but e.g. a FIFO or a device)',
  },
  'input.useStdin': {
    sv: 'använd - för att läsa från standard in',
    nb: 'bruk - for å lese fra standard inn',
    en: 'use - to read from standard input',
  },
  'input.noPermission': { sv: 'du saknar behörighet att läsa filen', nb: 'du mangler tilgang til å lese filen', en: 'you are not allowed to read the file' },
  'input.badDate': { sv: 'ska vara en tidpunkt (ISO 8601)', nb: 'skal være et tidspunkt (ISO 8601)', en: 'must be a date-time (ISO 8601)' },
  'cli.badLang': {
    sv: 'Okänt språk "{value}": välj sv, nb eller en.',
    nb: 'Ukjent språk "{value}": velg sv, nb eller en.',
    en: 'Unknown language "{value}": choose sv, nb or en.',
  },
} satisfies Record<string, Translations>;
