import type { Translations } from '../i18n.js';

export const configMessages = {
  'config.unknownKeys': { sv: 'okänd inställning: {keys}', nb: 'ukjent innstilling: {keys}', en: 'unknown setting: {keys}' },
  'config.wrongType': { sv: 'fel typ (ska vara {expected})', nb: 'feil type (skal være {expected})', en: 'wrong type (must be {expected})' },
  'config.outOfRange': {
    sv: 'utanför tillåtet intervall ({min}–{max})',
    nb: 'utenfor tillatt område ({min}–{max})',
    en: 'out of range ({min}–{max})',
  },
  'config.invalid': { sv: 'ogiltigt värde ({detail})', nb: 'ugyldig verdi ({detail})', en: 'invalid value ({detail})' },
} satisfies Record<string, Translations>;
