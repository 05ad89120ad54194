import type { Translations } from '../i18n.js';

export const fleetMessages = {
  'edition.fiscal': { sv: 'med kontrollbox', nb: 'med kontrollenhet', en: 'with control box' },
  'edition.nonfiscal': { sv: 'utan kontrollbox', nb: 'uten kontrollenhet', en: 'without control box' },
  'edition.norway': { sv: 'norsk fiskal version', nb: 'norsk fiskal versjon', en: 'Norwegian fiscal edition' },
  'role.main': { sv: 'huvudkassa', nb: 'hovedkasse', en: 'main till' },
  'role.sales': { sv: 'säljande kassa', nb: 'salgskasse', en: 'selling till' },
  'role.backoffice': { sv: 'backoffice', nb: 'backoffice', en: 'backoffice' },
  'fleet.tillRuns': { sv: '{till} kör {version}', nb: '{till} kjører {version}', en: '{till} runs {version}' },

  'fleet.edition.message': {
    sv: 'Fel utgåva: {tills}, men de säljande kassorna kör {target} ({label}).',
    nb: 'Feil utgave: {tills}, men salgskassene kjører {target} ({label}).',
    en: 'Wrong edition: {tills}, but the selling tills run {target} ({label}).',
  },
  'fleet.edition.advice': {
    sv: 'Kör uppdateringsfilen för {target} ({label}) på {tills}, utanför öppettid. Samma fil som de säljande kassorna, även om datorn inte har någon kontrollbox.',
    nb: 'Kjør oppdateringsfilen for {target} ({label}) på {tills}, utenfor åpningstid. Samme fil som salgskassene, selv om maskinen ikke har kontrollenhet.',
    en: 'Run the update file for {target} ({label}) on {tills}, outside opening hours. The same file as the selling tills, even if that PC has no control box.',
  },
  'fleet.edition.sellingDisagree': {
    sv: 'Kassorna kör olika utgåvor: {tills}.',
    nb: 'Kassene kjører ulike utgaver: {tills}.',
    en: 'The tills run different editions: {tills}.',
  },
  'fleet.edition.askResponsible': {
    sv: 'Fråga den som ansvarar för kassorna vilken utgåva butiken är registrerad för (med eller utan kontrollbox), och kör sedan den uppdateringsfilen på de kassor som avviker.',
    nb: 'Spør den som har ansvar for kassene hvilken utgave butikken er registrert for, og kjør så den oppdateringsfilen på kassene som avviker.',
    en: 'Ask the person responsible for the tills which edition the shop is registered for (with or without control box), then run that update file on the tills that differ.',
  },

  'fleet.version.message': {
    sv: 'Alla kassor kör inte samma version: {tills}, men {newest} kör {target}.',
    nb: 'Ikke alle kassene kjører samme versjon: {tills}, men {newest} kjører {target}.',
    en: 'Not every till runs the same version: {tills}, but {newest} runs {target}.',
  },
  'fleet.version.advice': {
    sv: 'Uppdatera {tills} till {target}: Hjälp – Versionshantering – Sök efter nyare version. Gör det utanför öppettid.',
    nb: 'Oppdater {tills} til {target}: Hjelp – Versjonshåndtering – Søk etter nyere versjon. Gjør det utenfor åpningstid.',
    en: 'Update {tills} to {target}: Hjälp – Versionshantering – Sök efter nyare version (Help – Version management – Check for a newer version). Do it outside opening hours.',
  },

  'fleet.duplicate.message': {
    sv: '{tills} har samma Klient ID ({id}).',
    nb: '{tills} har samme klient-ID ({id}).',
    en: '{tills} share the same Client ID ({id}).',
  },
  'fleet.duplicate.adviceChange': {
    sv: 'Byt Klient ID på {tills} till {ids} (Arkiv – Inställningar – System Uppgifter).',
    nb: 'Bytt klient-ID på {tills} til {ids} (Arkiv – Innstillinger – Systemopplysninger).',
    en: 'Change the Client ID of {tills} to {ids} (Arkiv – Inställningar – System Uppgifter).',
  },
  'fleet.duplicate.neverSelling': {
    sv: 'Ändra inte ID på {till}: en säljande kassas ID kan slå ut kontrollboxen.',
    nb: 'Ikke endre ID på {till}: ID-en til en salgskasse kan slå ut kontrollenheten.',
    en: 'Do not change the ID of {till}: changing a selling till’s ID can knock out its control box.',
  },
  'fleet.duplicate.adviceSupport': {
    sv: 'Ändra inte ID på {tills}: de är säljande kassor och ett byte kan slå ut kontrollboxen. Kontakta PC-Kassas support.',
    nb: 'Ikke endre ID på {tills}: de er salgskasser og et bytte kan slå ut kontrollenheten. Kontakt PC-Kassas support.',
    en: 'Do not change the ID of {tills}: they are selling tills and a change can knock out the control box. Contact PC-Kassa support.',
  },

  'fleet.unknown.message': {
    sv: 'Versionen på {till} går inte att läsa: "{raw}".',
    nb: 'Versjonen på {till} kan ikke leses: "{raw}".',
    en: 'The version of {till} cannot be read: "{raw}".',
  },
  'fleet.unknown.noVersion': {
    sv: 'Kassavakt vet inte vilken version {till} kör.',
    nb: 'Kassavakt vet ikke hvilken versjon {till} kjører.',
    en: 'Kassavakt does not know which version {till} runs.',
  },
  'fleet.unknown.advice': {
    sv: 'Kontrollera versionen på {till} under Hjälp – Versionshantering.',
    nb: 'Kontroller versjonen på {till} under Hjelp – Versjonshåndtering.',
    en: 'Check the version on {till} under Hjälp – Versionshantering (Help – Version management).',
  },
  'fleet.missingId.message': {
    sv: '{till} saknar Klient ID.',
    nb: '{till} mangler klient-ID.',
    en: '{till} has no Client ID.',
  },
  'fleet.missingId.advice': {
    sv: 'Kontrollera Klient ID på {till} under Arkiv – Inställningar – System Uppgifter.',
    nb: 'Kontroller klient-ID på {till} under Arkiv – Innstillinger – Systemopplysninger.',
    en: 'Check the Client ID on {till} under Arkiv – Inställningar – System Uppgifter.',
  },
} satisfies Record<string, Translations>;
