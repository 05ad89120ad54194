import type { Translations } from '../i18n.js';

export const updateMessages = {
  'update.kind.update': { sv: 'uppdateringsfil', nb: 'oppdateringsfil', en: 'update file' },
  'update.kind.installer': { sv: 'installationspaket', nb: 'installasjonspakke', en: 'installer' },
  'update.kind.other': { sv: 'annan fil', nb: 'annen fil', en: 'other file' },
  'update.details': {
    sv: '{kind} · produkt: {product} · filversion: {fileVersion}',
    nb: '{kind} · produkt: {product} · filversjon: {fileVersion}',
    en: '{kind} · product: {product} · file version: {fileVersion}',
  },

  'update.right.message': {
    sv: 'Rätt fil: {version} ({label}).',
    nb: 'Riktig fil: {version} ({label}).',
    en: 'Right file: {version} ({label}).',
  },
  'update.right.advice': {
    sv: 'Samma utgåva och version som era säljande kassor. Kör den utanför öppettid.',
    nb: 'Samme utgave og versjon som salgskassene deres. Kjør den utenfor åpningstid.',
    en: 'The same edition and version as your selling tills. Run it outside opening hours.',
  },
  'update.newer.message': {
    sv: 'Rätt fil: {version} ({label}), nyare än {fleetVersion} som era säljande kassor kör nu.',
    nb: 'Riktig fil: {version} ({label}), nyere enn {fleetVersion} som salgskassene deres kjører nå.',
    en: 'Right file: {version} ({label}), newer than {fleetVersion} that your selling tills run now.',
  },
  'update.newer.advice': {
    sv: 'Alla kassor måste köra samma version: kör filen på varje kassa, utanför öppettid.',
    nb: 'Alle kassene må kjøre samme versjon: kjør filen på hver kasse, utenfor åpningstid.',
    en: 'Every till must run the same version: run the file on every till, outside opening hours.',
  },
  'update.wrongEdition.message': {
    sv: 'Fel fil: detta är {version} ({label}) men era säljande kassor kör {fleetVersion} ({fleetLabel}).',
    nb: 'Feil fil: dette er {version} ({label}), men salgskassene deres kjører {fleetVersion} ({fleetLabel}).',
    en: 'Wrong file: this is {version} ({label}) but your selling tills run {fleetVersion} ({fleetLabel}).',
  },
  'update.wrongEdition.advice': {
    sv: 'Kör inte den här filen. Ladda ner uppdateringsfilen för {fleetVersion} ({fleetLabel}). Samma fil gäller för backoffice, även om den datorn inte har någon kontrollbox.',
    nb: 'Ikke kjør denne filen. Last ned oppdateringsfilen for {fleetVersion} ({fleetLabel}). Samme fil gjelder for backoffice, selv om den maskinen ikke har kontrollenhet.',
    en: 'Do not run this file. Download the update file for {fleetVersion} ({fleetLabel}). The backoffice needs the same file, even though that PC has no control box.',
  },
  'update.older.message': {
    sv: 'Fel fil: detta är {version} ({label}), äldre än {fleetVersion} som era säljande kassor kör.',
    nb: 'Feil fil: dette er {version} ({label}), eldre enn {fleetVersion} som salgskassene deres kjører.',
    en: 'Wrong file: this is {version} ({label}), older than {fleetVersion} that your selling tills run.',
  },
  'update.older.advice': {
    sv: 'Kör inte den här filen: kassan skulle hamna på en äldre version än de andra. Ladda ner uppdateringsfilen för {fleetVersion} ({fleetLabel}).',
    nb: 'Ikke kjør denne filen: kassen ville havne på en eldre versjon enn de andre. Last ned oppdateringsfilen for {fleetVersion} ({fleetLabel}).',
    en: 'Do not run this file: the till would end up on an older version than the others. Download the update file for {fleetVersion} ({fleetLabel}).',
  },
  'update.noFleet.message': {
    sv: 'Uppdateringsfil för PC-Kassa {version} ({label}).',
    nb: 'Oppdateringsfil for PC-Kassa {version} ({label}).',
    en: 'Update file for PC-Kassa {version} ({label}).',
  },
  'update.fleetUnknown.message': {
    sv: 'Uppdateringsfil för PC-Kassa {version} ({label}), men det går inte att se vilken version era säljande kassor kör.',
    nb: 'Oppdateringsfil for PC-Kassa {version} ({label}), men det er ikke mulig å se hvilken versjon salgskassene deres kjører.',
    en: 'Update file for PC-Kassa {version} ({label}), but it cannot be seen which version your selling tills run.',
  },
  'update.checkFleet.advice': {
    sv: 'Kontrollera att era säljande kassor kör {version} ({label}) innan du kör filen.',
    nb: 'Kontroller at salgskassene deres kjører {version} ({label}) før du kjører filen.',
    en: 'Check that your selling tills run {version} ({label}) before you run the file.',
  },
  'update.fleetDisagrees.tills': {
    sv: 'Era säljande kassor kör olika utgåvor ({tills}), så det går inte att säga vilken fil som är rätt.',
    nb: 'Salgskassene deres kjører ulike utgaver ({tills}), så det er ikke mulig å si hvilken fil som er riktig.',
    en: 'Your selling tills run different editions ({tills}), so it cannot be said which file is right.',
  },

  'update.installer.right.message': {
    sv: 'Rätt fil: installationspaketet för PC-Kassa (samma för alla utgåvor).',
    nb: 'Riktig fil: installasjonspakken for PC-Kassa (den samme for alle utgaver).',
    en: 'Right file: the PC-Kassa installer (the same for every edition).',
  },
  'update.installer.right.advice': {
    sv: 'Se först till att alla kassor har senaste version. Kör direkt efter installationen uppdateringsfilen för {fleetVersion} ({fleetLabel}), innan du startar kassaprogrammet.',
    nb: 'Sørg først for at alle kassene har siste versjon. Kjør oppdateringsfilen for {fleetVersion} ({fleetLabel}) rett etter installasjonen, før du starter kasseprogrammet.',
    en: 'First make sure every till runs the latest version. Right after installing, run the update file for {fleetVersion} ({fleetLabel}) before you start the till program.',
  },
  'update.installer.message': {
    sv: 'Installationspaket för PC-Kassa. Utgåvan (med eller utan kontrollbox) bestäms av uppdateringsfilen som körs efteråt.',
    nb: 'Installasjonspakke for PC-Kassa. Utgaven (med eller uten kontrollenhet) bestemmes av oppdateringsfilen som kjøres etterpå.',
    en: 'PC-Kassa installer. The edition (with or without control box) is set by the update file run afterwards.',
  },
  'update.installer.noFleet.advice': {
    sv: 'Kör direkt efter installationen uppdateringsfilen för samma utgåva som era säljande kassor, innan du startar kassaprogrammet.',
    nb: 'Kjør oppdateringsfilen for samme utgave som salgskassene deres rett etter installasjonen, før du starter kasseprogrammet.',
    en: 'Right after installing, run the update file of the same edition as your selling tills, before you start the till program.',
  },

  'update.versionUnknown.none': {
    sv: 'Uppdateringsfil för PC-Kassa, men filen säger inte vilken version den installerar.',
    nb: 'Oppdateringsfil for PC-Kassa, men filen sier ikke hvilken versjon den installerer.',
    en: 'Update file for PC-Kassa, but the file does not say which version it installs.',
  },
  'update.versionUnknown.ambiguous': {
    sv: 'Uppdateringsfil för PC-Kassa, men filen anger bara {raw}, och det skiljer inte på med och utan kontrollbox.',
    nb: 'Oppdateringsfil for PC-Kassa, men filen oppgir bare {raw}, og det skiller ikke mellom med og uten kontrollenhet.',
    en: 'Update file for PC-Kassa, but the file only says {raw}, which does not tell with or without control box.',
  },
  'update.versionUnknown.conflict': {
    sv: 'Uppdateringsfil för PC-Kassa, men filen anger olika versioner: {found}.',
    nb: 'Oppdateringsfil for PC-Kassa, men filen oppgir ulike versjoner: {found}.',
    en: 'Update file for PC-Kassa, but the file names different versions: {found}.',
  },
  'update.versionUnknown.adviceFleet': {
    sv: 'Kör den inte. Ladda ner uppdateringsfilen för {fleetVersion} ({fleetLabel}) från leverantörens sida.',
    nb: 'Ikke kjør den. Last ned oppdateringsfilen for {fleetVersion} ({fleetLabel}) fra leverandørens side.',
    en: 'Do not run it. Download the update file for {fleetVersion} ({fleetLabel}) from the vendor’s site.',
  },
  'update.versionUnknown.advice': {
    sv: 'Kör den inte förrän du vet vilken utgåva det är: ladda ner den igen från leverantörens sida, eller fråga den som ansvarar för kassorna.',
    nb: 'Ikke kjør den før du vet hvilken utgave det er: last den ned på nytt fra leverandørens side, eller spør den som har ansvar for kassene.',
    en: 'Do not run it until you know which edition it is: download it again from the vendor’s site, or ask the person responsible for the tills.',
  },

  'update.notPcKassa.message': {
    sv: 'Det här är inte en fil från PC-Kassa ({product}).',
    nb: 'Dette er ikke en fil fra PC-Kassa ({product}).',
    en: 'This is not a PC-Kassa file ({product}).',
  },
  'update.notPcKassa.advice': {
    sv: 'Uppdateringsfilen för PC-Kassa heter pckassaupp32.exe och kommer från Nutid. Använd inte den här filen för att uppdatera kassorna.',
    nb: 'Oppdateringsfilen for PC-Kassa heter pckassaupp32.exe og kommer fra Nutid. Ikke bruk denne filen til å oppdatere kassene.',
    en: 'The PC-Kassa update file is called pckassaupp32.exe and comes from Nutid. Do not use this file to update the tills.',
  },
  'update.otherPcKassaFile.message': {
    sv: 'Det här är en fil från PC-Kassa ({product}), men varken en uppdateringsfil eller ett installationspaket.',
    nb: 'Dette er en fil fra PC-Kassa ({product}), men verken en oppdateringsfil eller en installasjonspakke.',
    en: 'This is a PC-Kassa file ({product}), but neither an update file nor an installer.',
  },
  'update.otherPcKassaFile.advice': {
    sv: 'Uppdateringsfilen heter pckassaupp32.exe och installationspaketet pckassaclient_nocc.exe.',
    nb: 'Oppdateringsfilen heter pckassaupp32.exe og installasjonspakken pckassaclient_nocc.exe.',
    en: 'The update file is called pckassaupp32.exe and the installer pckassaclient_nocc.exe.',
  },

  'update.empty.message': { sv: 'Filen är tom.', nb: 'Filen er tom.', en: 'The file is empty.' },
  'update.empty.advice': {
    sv: 'Ladda ner filen igen och vänta tills nedladdningen är klar.',
    nb: 'Last ned filen på nytt og vent til nedlastingen er ferdig.',
    en: 'Download the file again and wait until the download has finished.',
  },
  'update.notPe.message': {
    sv: 'Det här är inget Windows-program, alltså ingen uppdateringsfil.',
    nb: 'Dette er ikke et Windows-program, altså ingen oppdateringsfil.',
    en: 'This is not a Windows program, so it is not an update file.',
  },
  'update.notPe.advice': {
    sv: 'Ladda ner uppdateringsfilen igen från leverantörens sida.',
    nb: 'Last ned oppdateringsfilen på nytt fra leverandørens side.',
    en: 'Download the update file again from the vendor’s site.',
  },
  'update.truncated.message': {
    sv: 'Filen är inte komplett: nedladdningen blev troligen avbruten.',
    nb: 'Filen er ikke komplett: nedlastingen ble trolig avbrutt.',
    en: 'The file is incomplete: the download was probably interrupted.',
  },
  'update.truncated.advice': {
    sv: 'Kör den inte. Ladda ner filen igen och vänta tills nedladdningen är klar.',
    nb: 'Ikke kjør den. Last ned filen på nytt og vent til nedlastingen er ferdig.',
    en: 'Do not run it. Download the file again and wait until the download has finished.',
  },
  'update.damaged.message': {
    sv: 'Filen är skadad: versionsuppgifterna går inte att läsa.',
    nb: 'Filen er skadet: versjonsopplysningene kan ikke leses.',
    en: 'The file is damaged: its version details cannot be read.',
  },
  'update.damaged.advice': {
    sv: 'Kör den inte. Ladda ner filen igen från leverantörens sida.',
    nb: 'Ikke kjør den. Last ned filen på nytt fra leverandørens side.',
    en: 'Do not run it. Download the file again from the vendor’s site.',
  },
  'update.noVersionResource.message': {
    sv: 'Filen saknar versionsuppgifter, så det går inte att se vad den installerar.',
    nb: 'Filen mangler versjonsopplysninger, så det er ikke mulig å se hva den installerer.',
    en: 'The file has no version details, so it cannot be seen what it installs.',
  },
  'update.noVersionResource.advice': {
    sv: 'Använd bara filer från leverantörens nedladdningssida. Är du osäker, fråga den som ansvarar för kassorna.',
    nb: 'Bruk bare filer fra leverandørens nedlastingsside. Er du usikker, spør den som har ansvar for kassene.',
    en: 'Only use files from the vendor’s download page. If unsure, ask the person responsible for the tills.',
  },
  'update.tooLarge.message': {
    sv: 'Filen är för stor ({size} MB, gränsen är {limit} MB) för att vara en uppdateringsfil för PC-Kassa.',
    nb: 'Filen er for stor ({size} MB, grensen er {limit} MB) til å være en oppdateringsfil for PC-Kassa.',
    en: 'The file is too large ({size} MB, the limit is {limit} MB) to be a PC-Kassa update file.',
  },
  'update.tooLarge.advice': {
    sv: 'Kontrollera att du valt rätt fil: uppdateringsfilen heter pckassaupp32.exe.',
    nb: 'Kontroller at du har valgt riktig fil: oppdateringsfilen heter pckassaupp32.exe.',
    en: 'Check that you chose the right file: the update file is called pckassaupp32.exe.',
  },
  'update.unreadable.message': {
    sv: 'Filen går inte att läsa ({detail}).',
    nb: 'Filen kan ikke leses ({detail}).',
    en: 'The file cannot be read ({detail}).',
  },
  'update.unreadable.advice': {
    sv: 'Kontrollera att filen finns kvar och inte är öppen i ett annat program.',
    nb: 'Kontroller at filen fortsatt finnes og ikke er åpen i et annet program.',
    en: 'Check that the file still exists and is not open in another program.',
  },
  'update.missing.message': { sv: 'Filen finns inte.', nb: 'Filen finnes ikke.', en: 'The file does not exist.' },
  'update.missing.advice': {
    sv: 'Kontrollera filens namn och mapp. Uppdateringsfilen heter pckassaupp32.exe.',
    nb: 'Kontroller filens navn og mappe. Oppdateringsfilen heter pckassaupp32.exe.',
    en: 'Check the file’s name and folder. The update file is called pckassaupp32.exe.',
  },
  'update.notAFile.message': {
    sv: 'Det här är ingen vanlig fil (utan till exempel en mapp eller en pipe), alltså ingen uppdateringsfil.',
    nb: 'Dette er ingen vanlig fil (men for eksempel en mappe eller en pipe), altså ingen oppdateringsfil.',
    en: 'This is not a regular file (but, for example, a folder or a pipe), so it is not an update file.',
  },
  'update.notAFile.advice': {
    sv: 'Välj själva filen du laddade ner, pckassaupp32.exe.',
    nb: 'Velg selve filen du lastet ned, pckassaupp32.exe.',
    en: 'Choose the file you downloaded itself, pckassaupp32.exe.',
  },
  'update.timedOut.message': {
    sv: 'Filens versionsuppgifter gick inte att läsa inom {seconds} sekunder, så det går inte att säga vad filen installerar.',
    nb: 'Filens versjonsopplysninger kunne ikke leses innen {seconds} sekunder, så det er ikke mulig å si hva filen installerer.',
    en: 'The file’s version details could not be read within {seconds} seconds, so it cannot be said what the file installs.',
  },
  'update.timedOut.advice': {
    sv: 'Kör den inte. Ladda ner filen igen från leverantörens sida; blir det samma svar, fråga den som ansvarar för kassorna.',
    nb: 'Ikke kjør den. Last ned filen på nytt fra leverandørens side; blir svaret det samme, spør den som har ansvar for kassene.',
    en: 'Do not run it. Download the file again from the vendor’s site; if the answer stays the same, ask the person responsible for the tills.',
  },
} satisfies Record<string, Translations>;
