import type { Translations } from '../i18n.js';

export const metricsMessages = {
  'metrics.badListen': {
    sv: '{option}: "{value}" är ingen adress att lyssna på. Skriv VÄRD:PORT, till exempel 127.0.0.1:9184.',
    nb: '{option}: "{value}" er ingen adresse å lytte på. Skriv VERT:PORT, for eksempel 127.0.0.1:9184.',
    en: '{option}: "{value}" is not an address to listen on. Write HOST:PORT, for example 127.0.0.1:9184.',
  },
  'metrics.needsToken': {
    sv: 'Mätvärden på {address} kan nås från andra datorer i nätverket. Ange metrics.token i inställningarna (minst 16 tecken) eller lyssna på 127.0.0.1.',
    nb: 'Måleverdier på {address} kan nås fra andre datamaskiner i nettverket. Angi metrics.token i innstillingene (minst 16 tegn) eller lytt på 127.0.0.1.',
    en: 'Metrics on {address} can be reached from other computers on the network. Set metrics.token in the settings (at least 16 characters) or listen on 127.0.0.1.',
  },
  'metrics.cannotListen': {
    sv: 'Kan inte visa mätvärden på {address}: {reason}.',
    nb: 'Kan ikke vise måleverdier på {address}: {reason}.',
    en: 'Cannot serve metrics on {address}: {reason}.',
  },
  'metrics.addressInUse': { sv: 'porten används redan', nb: 'porten er allerede i bruk', en: 'the port is already in use' },
  'metrics.addressUnavailable': {
    sv: 'den här datorn har inte den adressen',
    nb: 'denne datamaskinen har ikke den adressen',
    en: 'this computer does not have that address',
  },
  'metrics.notAllowed': { sv: 'det är inte tillåtet', nb: 'det er ikke tillatt', en: 'it is not allowed' },
  'metrics.noTextfileFolder': {
    sv: 'Mappen för mätvärdesfilen finns inte: {dir}',
    nb: 'Mappen for måleverdifilen finnes ikke: {dir}',
    en: 'The folder for the metrics file does not exist: {dir}',
  },
  'metrics.textfileFailed': {
    sv: 'Kunde inte skriva mätvärdesfilen {file}: {reason}',
    nb: 'Kunne ikke skrive måleverdifilen {file}: {reason}',
    en: 'Could not write the metrics file {file}: {reason}',
  },
  'metrics.serving': {
    sv: 'Mätvärden för Prometheus: {url}',
    nb: 'Måleverdier for Prometheus: {url}',
    en: 'Metrics for Prometheus: {url}',
  },
} satisfies Record<string, Translations>;
