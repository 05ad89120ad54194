import type { Translations } from '../i18n.js';

export const configMessages = {
  'config.unknownKeys': { sv: 'okänd inställning: {keys}', nb: 'ukjent innstilling: {keys}', en: 'unknown setting: {keys}' },
  'config.wrongType': { sv: 'fel typ (ska vara {expected})', nb: 'feil type (skal være {expected})', en: 'wrong type (must be {expected})' },
  'config.tooSmall': { sv: 'ska vara minst {min}', nb: 'skal være minst {min}', en: 'must be at least {min}' },
  'config.tooBig': { sv: 'får vara högst {max}', nb: 'kan være høyst {max}', en: 'must be at most {max}' },
  'config.empty': { sv: 'får inte vara tomt', nb: 'kan ikke være tomt', en: 'must not be empty' },
  'config.invalid': { sv: 'ogiltigt värde ({detail})', nb: 'ugyldig verdi ({detail})', en: 'invalid value ({detail})' },
  'config.notRegExp': {
    sv: 'är inget giltigt mönster (reguljärt uttryck)',
    nb: 'er ikke et gyldig mønster (regulært uttrykk)',
    en: 'is not a valid pattern (regular expression)',
  },
  'config.badSchedule': {
    sv: '"{value}" är inget giltigt schema (cron-uttryck), t.ex. "* * * * *" för varje minut',
    nb: '"{value}" er ikke en gyldig plan (cron-uttrykk), f.eks. "* * * * *" for hvert minutt',
    en: '"{value}" is not a valid schedule (cron expression), e.g. "* * * * *" for every minute',
  },
} satisfies Record<string, Translations>;
