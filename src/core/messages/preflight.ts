import type { Translations } from '../i18n.js';

export const preflightMessages = {
  'preflight.heading': {
    sv: 'Checklista före installation av backoffice',
    nb: 'Sjekkliste før installasjon av backoffice',
    en: 'Checklist before installing a backoffice',
  },
  'preflight.mark.ok': { sv: 'KLART', nb: 'KLART', en: 'DONE' },
  'preflight.mark.todo': { sv: 'ATT GÖRA', nb: 'Å GJØRE', en: 'TO DO' },
  'preflight.mark.unknown': { sv: 'OKLART', nb: 'UKLART', en: 'UNCLEAR' },
  'preflight.mark.afterInstall': { sv: 'EFTER INSTALLATIONEN', nb: 'ETTER INSTALLASJONEN', en: 'AFTER INSTALLING' },
  'preflight.offlineSummary': {
    sv: 'Kassavakt når inte huvudkassan. Serveradress, Klient ID, uppdateringsfil och versioner kan kontrolleras först när anslutningen fungerar.',
    nb: 'Kassavakt når ikke hovedkassen. Serveradresse, klient-ID, oppdateringsfil og versjoner kan kontrolleres først når tilkoblingen virker.',
    en: 'Kassavakt cannot reach the main till. The server address, Client ID, update file and versions can only be checked once the connection works.',
  },
  'preflight.needsConnection': {
    sv: 'Kräver anslutning till huvudkassan.',
    nb: 'Krever tilkobling til hovedkassen.',
    en: 'Needs the connection to the main till.',
  },

  'preflight.serverString.title': {
    sv: 'Serveradress att skriva i installationsprogrammet (SQL Server)',
    nb: 'Serveradresse å skrive i installasjonsprogrammet (SQL Server)',
    en: 'Server address to type into the installer (SQL Server)',
  },
  'preflight.serverString.use': {
    sv: 'Skriv {server} när installationsprogrammet frågar efter SQL Server. Den fungerar från den här datorn.',
    nb: 'Skriv {server} når installasjonsprogrammet spør etter SQL Server. Den virker fra denne maskinen.',
    en: 'Type {server} when the installer asks for the SQL Server. It works from this PC.',
  },
  'preflight.serverString.noneWorks': {
    sv: 'Ingen adress till huvudkassan fungerade härifrån. Den vanliga är {server}.',
    nb: 'Ingen adresse til hovedkassen virket herfra. Den vanlige er {server}.',
    en: 'No address of the main till worked from here. The usual one is {server}.',
  },
  'preflight.serverString.alternatives': {
    sv: 'Andra sätt att skriva samma huvudkassa: {list}.',
    nb: 'Andre måter å skrive samme hovedkasse på: {list}.',
    en: 'Other ways to write the same main till: {list}.',
  },
  'preflight.serverString.other.works': { sv: '{server} (fungerar också)', nb: '{server} (virker også)', en: '{server} (works too)' },
  'preflight.serverString.other.fails': {
    sv: '{server} (fungerar inte härifrån)',
    nb: '{server} (virker ikke herfra)',
    en: '{server} (does not work from here)',
  },
  'preflight.serverString.other.untried': { sv: '{server} (inte provad)', nb: '{server} (ikke prøvd)', en: '{server} (not tried)' },
  'preflight.serverString.findByHand': {
    sv: 'Ta fram huvudkassans IP-adress (ipconfig på huvudkassan) eller datornamn (Den här datorn – Egenskaper på huvudkassan) och skriv IP-adress\\PCKASSA eller datornamn\\PCKASSA i installationsprogrammet.',
    nb: 'Finn hovedkassens IP-adresse (ipconfig på hovedkassen) eller datamaskinnavn (Denne PC-en – Egenskaper på hovedkassen) og skriv IP-adresse\\PCKASSA eller datamaskinnavn\\PCKASSA i installasjonsprogrammet.',
    en: 'Find the main till’s IP address (ipconfig on the main till) or computer name (This PC – Properties on the main till) and type IP-address\\PCKASSA or computer-name\\PCKASSA into the installer.',
  },

  'preflight.clientId.title': {
    sv: 'Klient ID för den nya backoffice-datorn',
    nb: 'Klient-ID for den nye backoffice-maskinen',
    en: 'Client ID for the new backoffice',
  },
  'preflight.clientId.use': {
    sv: 'Ange Klient ID {id} när installationsprogrammet frågar efter Client ID. Ingen kassa använder det.',
    nb: 'Oppgi klient-ID {id} når installasjonsprogrammet spør etter Client ID. Ingen kasse bruker den.',
    en: 'Enter Client ID {id} when the installer asks for the Client ID. No till uses it.',
  },
  'preflight.clientId.used': {
    sv: 'Upptagna ID: {ids}.',
    nb: 'Opptatte ID-er: {ids}.',
    en: 'IDs in use: {ids}.',
  },
  'preflight.clientId.noneUsed': {
    sv: 'Inga Klient ID syns i databasen.',
    nb: 'Ingen klient-ID-er vises i databasen.',
    en: 'No Client IDs show in the database.',
  },
  'preflight.clientId.neverSelling': {
    sv: 'Ändra aldrig Klient ID på en säljande kassa: det kan slå ut kontrollboxen.',
    nb: 'Endre aldri klient-ID på en salgskasse: det kan slå ut kontrollenheten.',
    en: 'Never change the Client ID of a selling till: it can knock out its control box.',
  },
  'preflight.clientId.duplicate': {
    sv: 'Obs: {message} Det hindrar inte installationen, men bör rättas: {advice}',
    nb: 'Merk: {message} Det hindrer ikke installasjonen, men bør rettes: {advice}',
    en: 'Note: {message} It does not stop the install, but should be fixed: {advice}',
  },

  'preflight.updateFile.title': {
    sv: 'Uppdateringsfil att ladda ner',
    nb: 'Oppdateringsfil å laste ned',
    en: 'Update file to download',
  },
  'preflight.updateFile.download': {
    sv: 'Ladda ner uppdateringsfilen ({file}) för version {version} ({label}), samma som de säljande kassorna kör. Backoffice ska ha samma fil även om den datorn inte har någon kontrollbox. Ladda också ner installationspaketet ({installer}). Kör uppdateringsfilen direkt efter installationspaketet, innan kassaprogrammet startas.',
    nb: 'Last ned oppdateringsfilen ({file}) for versjon {version} ({label}), den samme som salgskassene kjører. Backoffice skal ha samme fil selv om den maskinen ikke har kontrollenhet. Last også ned installasjonspakken ({installer}). Kjør oppdateringsfilen rett etter installasjonspakken, før kasseprogrammet startes.',
    en: 'Download the update file ({file}) for version {version} ({label}), the same as the selling tills run. The backoffice needs the same file even though that PC has no control box. Also download the installer ({installer}). Run the update file right after the installer, before the till program is started.',
  },
  'preflight.updateFile.disagree': {
    sv: 'De säljande kassorna kör olika utgåvor ({tills}), så det går inte att säga vilken uppdateringsfil som är rätt.',
    nb: 'Salgskassene kjører ulike utgaver ({tills}), så det er ikke mulig å si hvilken oppdateringsfil som er riktig.',
    en: 'The selling tills run different editions ({tills}), so it cannot be said which update file is right.',
  },
  'preflight.updateFile.unknown': {
    sv: 'Kassavakt vet inte vilken version de säljande kassorna kör. Se efter under Hjälp – Versionshantering på en säljande kassa och ladda ner uppdateringsfilen ({file}) för den versionen.',
    nb: 'Kassavakt vet ikke hvilken versjon salgskassene kjører. Se etter under Hjelp – Versjonshåndtering på en salgskasse og last ned oppdateringsfilen ({file}) for den versjonen.',
    en: 'Kassavakt does not know which version the selling tills run. Look under Hjälp – Versionshantering (Help – Version management) on a selling till and download the update file ({file}) for that version.',
  },

  'preflight.sameVersion.title': {
    sv: 'Alla kassor på samma version före installationen',
    nb: 'Alle kasser på samme versjon før installasjonen',
    en: 'Every till on the same version before the install',
  },
  'preflight.sameVersion.allSame': {
    sv: 'Alla {count} kassor kör {version} ({label}).',
    nb: 'Alle {count} kassene kjører {version} ({label}).',
    en: 'All {count} tills run {version} ({label}).',
  },
  'preflight.sameVersion.updateFirst': {
    sv: 'Uppdatera först de befintliga kassorna till {version} ({label}), som {newest} kör.',
    nb: 'Oppdater først de eksisterende kassene til {version} ({label}), som {newest} kjører.',
    en: 'First update the existing tills to {version} ({label}), which {newest} runs.',
  },
  'preflight.sameVersion.behind': {
    sv: 'Ligger efter: {tills}. Uppdatera {names} med Hjälp – Versionshantering – Sök efter nyare version.',
    nb: 'Ligger etter: {tills}. Oppdater {names} med Hjelp – Versjonshåndtering – Søk etter nyere versjon.',
    en: 'Behind: {tills}. Update {names} with Hjälp – Versionshantering – Sök efter nyare version (Help – Version management – Check for a newer version).',
  },
  'preflight.sameVersion.otherEdition': {
    sv: 'Fel utgåva: {tills}. Kör uppdateringsfilen ({file}) för {version} ({label}) på {names}.',
    nb: 'Feil utgave: {tills}. Kjør oppdateringsfilen ({file}) for {version} ({label}) på {names}.',
    en: 'Wrong edition: {tills}. Run the update file ({file}) for {version} ({label}) on {names}.',
  },
  'preflight.sameVersion.unknownTills': {
    sv: 'Versionen på {tills} går inte att läsa: se efter under Hjälp – Versionshantering.',
    nb: 'Versjonen på {tills} kan ikke leses: se etter under Hjelp – Versjonshåndtering.',
    en: 'The version of {tills} cannot be read: look under Hjälp – Versionshantering (Help – Version management).',
  },
  'preflight.sameVersion.noSellingVersion': {
    sv: 'Kassavakt kan inte läsa vilken version de säljande kassorna kör. Se efter under Hjälp – Versionshantering på varje kassa att alla kör samma version.',
    nb: 'Kassavakt kan ikke lese hvilken versjon salgskassene kjører. Se etter under Hjelp – Versjonshåndtering på hver kasse at alle kjører samme versjon.',
    en: 'Kassavakt cannot read which version the selling tills run. Check under Hjälp – Versionshantering (Help – Version management) on each till that all run the same version.',
  },
  'preflight.sameVersion.why': {
    sv: 'Gör det utanför öppettid och innan backoffice installeras: installationen uppdaterar systemet, och då måste alla kassor köra samma version.',
    nb: 'Gjør det utenfor åpningstid og før backoffice installeres: installasjonen oppdaterer systemet, og da må alle kassene kjøre samme versjon.',
    en: 'Do it outside opening hours and before the backoffice is installed: the install updates the system, and then every till must run the same version.',
  },

  'preflight.restart.title': {
    sv: 'Den här datorn: uppdaterad och nyligen omstartad',
    nb: 'Denne maskinen: oppdatert og nylig startet på nytt',
    en: 'This PC: fully updated and recently restarted',
  },
  'preflight.restart.pending': {
    sv: 'Windows väntar på en omstart ({reasons}). Starta om datorn och kör Windows Update tills inget återstår, innan du installerar.',
    nb: 'Windows venter på en omstart ({reasons}). Start maskinen på nytt og kjør Windows Update til ingenting gjenstår, før du installerer.',
    en: 'Windows is waiting for a restart ({reasons}). Restart the PC and run Windows Update until nothing is left, before you install.',
  },
  'preflight.restart.notPending': {
    sv: 'Ingen omstart väntar. Se ändå till att Windows Update är klar och att datorn nyligen har startats om.',
    nb: 'Ingen omstart venter. Sørg likevel for at Windows Update er ferdig og at maskinen nylig er startet på nytt.',
    en: 'No restart is waiting. Still make sure Windows Update has finished and the PC was restarted recently.',
  },
  'preflight.restart.unknown': {
    sv: 'Kassavakt kunde inte se om Windows väntar på en omstart ({detail}). Starta om datorn innan installationen för säkerhets skull.',
    nb: 'Kassavakt kunne ikke se om Windows venter på en omstart ({detail}). Start maskinen på nytt før installasjonen for sikkerhets skyld.',
    en: 'Kassavakt could not see whether Windows is waiting for a restart ({detail}). Restart the PC before the install to be safe.',
  },
  'preflight.restart.notApplicable': {
    sv: 'Väntande omstarter kan bara kontrolleras på Windows. Datorn där backoffice installeras ska vara helt uppdaterad (Windows Update) och nyligen omstartad.',
    nb: 'Ventende omstarter kan bare kontrolleres på Windows. Maskinen der backoffice installeres skal være helt oppdatert (Windows Update) og nylig startet på nytt.',
    en: 'Pending restarts can only be checked on Windows. The PC the backoffice is installed on must be fully updated (Windows Update) and recently restarted.',
  },
  'preflight.restart.reason.componentServicing': {
    sv: 'en Windows-uppdatering är halvfärdig',
    nb: 'en Windows-oppdatering er halvferdig',
    en: 'a Windows update is half done',
  },
  'preflight.restart.reason.windowsUpdate': {
    sv: 'Windows Update kräver omstart',
    nb: 'Windows Update krever omstart',
    en: 'Windows Update requires a restart',
  },
  'preflight.restart.reason.fileRename': {
    sv: 'filer ska bytas ut vid omstart',
    nb: 'filer skal byttes ut ved omstart',
    en: 'files are to be replaced at restart',
  },
  'preflight.restart.reason.rebootRequiredFile': {
    sv: 'systemuppdateringar kräver omstart',
    nb: 'systemoppdateringer krever omstart',
    en: 'system updates require a restart',
  },

  'preflight.backofficeSetting.title': {
    sv: 'Efter installationen: kryssa i "Använd datorn som backoffice"',
    nb: 'Etter installasjonen: kryss av for "Använd datorn som backoffice"',
    en: 'After installing: tick "Använd datorn som backoffice" (use the PC as backoffice)',
  },
  'preflight.backofficeSetting.detail': {
    sv: 'När kassaprogrammet startar söker det efter kontrollbox: låt sökningen bli klar eller klicka på den röda texten "Söker via ..." tills den avbryts. Kryssa i rutan "Använd datorn som backoffice" och stäng fönstret. Då söker datorn inte efter någon kontrollbox.',
    nb: 'Når kasseprogrammet starter, søker det etter kontrollenhet: la søket bli ferdig eller klikk på den røde teksten "Söker via ..." til det avbrytes. Kryss av i ruten "Använd datorn som backoffice" og lukk vinduet. Da søker maskinen ikke etter kontrollenhet.',
    en: 'When the till program starts it searches for a control box: let the search finish or click the red text "Söker via ..." until it stops. Tick "Använd datorn som backoffice" and close the window. The PC then no longer searches for a control box.',
  },
  'preflight.cashFloatSetting.title': {
    sv: 'Efter installationen: kryssa i "Använd inte växelkassa/betalterminal på denna dator"',
    nb: 'Etter installasjonen: kryss av for "Använd inte växelkassa/betalterminal på denna dator"',
    en: 'After installing: tick "Använd inte växelkassa/betalterminal på denna dator" (no cash float or card terminal)',
  },
  'preflight.cashFloatSetting.detail': {
    sv: 'Gå till Arkiv – Inställningar – Företagsuppgifter, kryssa i rutan, tryck Spara och Stäng och starta om kassaprogrammet. Då frågar backoffice inte efter växelkassa.',
    nb: 'Gå til Arkiv – Inställningar – Företagsuppgifter, kryss av i ruten, trykk Spara og Stäng og start kasseprogrammet på nytt. Da spør ikke backoffice etter vekselkasse.',
    en: 'Go to Arkiv – Inställningar – Företagsuppgifter (File – Settings – Company details), tick the box, press Spara and Stäng and restart the till program. The backoffice then no longer asks for a cash float.',
  },
} satisfies Record<string, Translations>;
