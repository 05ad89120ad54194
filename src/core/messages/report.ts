import type { Translations } from '../i18n.js';

export const reportMessages = {
  'report.col.till': { sv: 'Kassa', nb: 'Kasse', en: 'Till' },
  'report.col.role': { sv: 'Roll', nb: 'Rolle', en: 'Role' },
  'report.col.clientId': { sv: 'Klient ID', nb: 'Klient-ID', en: 'Client ID' },
  'report.col.version': { sv: 'Version', nb: 'Versjon', en: 'Version' },
  'report.col.edition': { sv: 'Utgåva', nb: 'Utgave', en: 'Edition' },
  'report.col.connected': { sv: 'Ansluten', nb: 'Tilkoblet', en: 'Connected' },
  'report.yes': { sv: 'Ja', nb: 'Ja', en: 'Yes' },
  'report.no': { sv: 'Nej', nb: 'Nei', en: 'No' },
  'report.allGood': { sv: 'Allt ser bra ut.', nb: 'Alt ser bra ut.', en: 'Everything looks fine.' },
  'report.suggestedId': {
    sv: 'Ledigt Klient ID för en ny kassa: {id}',
    nb: 'Ledig klient-ID for en ny kasse: {id}',
    en: 'Free Client ID for a new till: {id}',
  },
  'severity.error': { sv: 'FEL', nb: 'FEIL', en: 'ERROR' },
  'severity.warning': { sv: 'VARNING', nb: 'ADVARSEL', en: 'WARNING' },
  'severity.info': { sv: 'INFO', nb: 'INFO', en: 'INFO' },
} satisfies Record<string, Translations>;
