// The INVALID_CLIENT_ID finding in every view: the finding itself, the history and the notifications.
import type { Translations } from '../i18n.js';

export const clientIdMessages = {
  'fleet.invalidId.message': {
    sv: '{till} har Klient ID "{id}", men ett Klient ID är ett heltal från 0 till {max}.',
    nb: '{till} har klient-ID "{id}", men et klient-ID er et heltall fra 0 til {max}.',
    en: '{till} has Client ID "{id}", but a Client ID is a whole number from 0 to {max}.',
  },
  'fleet.invalidId.advice': {
    sv: 'Kontrollera Klient ID på {till} under Arkiv – Inställningar – System Uppgifter. Står där ett vanligt nummer läser inställningen "profile" fel kolumn: kör kassavakt discover.',
    nb: 'Kontroller klient-ID på {till} under Arkiv – Innstillinger – Systemopplysninger. Står det et vanlig nummer der, leser innstillingen "profile" feil kolonne: kjør kassavakt discover.',
    en: 'Check the Client ID on {till} under Arkiv – Inställningar – System Uppgifter. If it shows an ordinary number there, the "profile" setting reads the wrong column: run kassavakt discover.',
  },
  'history.code.INVALID_CLIENT_ID': { sv: 'ogiltigt Klient ID', nb: 'ugyldig klient-ID', en: 'invalid Client ID' },
  'alerts.open.INVALID_CLIENT_ID': {
    sv: 'Ogiltigt Klient ID på en kassa',
    nb: 'Ugyldig klient-ID på en kasse',
    en: 'Invalid Client ID on a till',
  },
  'alerts.cleared.INVALID_CLIENT_ID': {
    sv: 'Löst: Klient ID är giltigt',
    nb: 'Løst: klient-ID er gyldig',
    en: 'Solved: the Client ID is valid',
  },
  'alerts.clearedBody.INVALID_CLIENT_ID': {
    sv: '{tills} har nu ett giltigt Klient ID.',
    nb: '{tills} har nå et gyldig klient-ID.',
    en: '{tills} now has a valid Client ID.',
  },
} satisfies Record<string, Translations>;
