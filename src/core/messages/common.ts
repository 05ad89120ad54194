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
  'input.notJson': {
    sv: 'är inte giltig JSON ({detail})',
    nb: 'er ikke gyldig JSON ({detail})',
    en: 'is not valid JSON ({detail})',
  },
  'input.cannotRead': { sv: 'kan inte läsas: {detail}', nb: 'kan ikke leses: {detail}', en: 'cannot be read: {detail}' },
  'input.noSuchFile': { sv: 'filen finns inte', nb: 'filen finnes ikke', en: 'no such file' },
  'input.noPermission': { sv: 'du saknar behörighet att läsa filen', nb: 'du mangler tilgang til å lese filen', en: 'you are not allowed to read the file' },
  'input.badDate': { sv: 'ska vara en tidpunkt (ISO 8601)', nb: 'skal være et tidspunkt (ISO 8601)', en: 'must be a date-time (ISO 8601)' },
  'cli.badLang': {
    sv: 'Okänt språk "{value}": välj sv, nb eller en.',
    nb: 'Ukjent språk "{value}": velg sv, nb eller en.',
    en: 'Unknown language "{value}": choose sv, nb or en.',
  },
} satisfies Record<string, Translations>;
