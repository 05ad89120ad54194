// What `kassavakt --help` and `kassavakt <command> --help` say about each command and its own options
// (`cli.<command>.description`, `cli.<command>.<option>`). Shared options: messages/cli.ts.
import type { Translations } from '../i18n.js';

export const cliCommandMessages = {
  'cli.check.description': {
    sv: 'bedöm kassorna i en kassafil (JSON; - läser standard in)',
    nb: 'vurder kassene i en kassefil (JSON; - leser standard inn)',
    en: 'judge the tills in a fleet snapshot (JSON; - reads standard input)',
  },
  'cli.check.file': { sv: 'kassafilen, eller - för standard in', nb: 'kassefilen, eller - for standard inn', en: 'the snapshot file, or - for standard input' },

  'cli.inspectUpdate.description': {
    sv: 'kontrollera en uppdateringsfil eller installationsfil mot kassorna (slutkod 0 rätt, 1 fel, 2 går inte att avgöra, 3 huvudkassan svarar inte)',
    nb: 'kontroller en oppdateringsfil eller installasjonsfil mot kassene (sluttkode 0 riktig, 1 feil, 2 kan ikke avgjøres, 3 hovedkassen svarer ikke)',
    en: 'check an update file or installer against the tills (exit 0 right, 1 wrong, 2 cannot tell, 3 main till unreachable)',
  },
  'cli.inspectUpdate.file': { sv: '.exe-filen som ska kontrolleras', nb: '.exe-filen som skal kontrolleres', en: 'the .exe to inspect' },
  'cli.inspectUpdate.fleet': {
    sv: 'jämför med den här kassafilen (samma format som check) i stället för att fråga huvudkassan',
    nb: 'sammenlign med denne kassefilen (samme format som check) i stedet for å spørre hovedkassen',
    en: 'compare with this fleet snapshot (the check format) instead of asking the main till',
  },

  'cli.tray.description': {
    sv: 'visa ikonen i aktivitetsfältet och bevaka kassorna',
    nb: 'vis ikonet i systemstatusfeltet og overvåk kassene',
    en: 'show the tray icon and watch the tills',
  },
  'cli.tray.interval': {
    sv: 'fråga huvudkassan var N:e sekund i stället för enligt schemat i inställningarna',
    nb: 'spør hovedkassen hvert N. sekund i stedet for etter planen i innstillingene',
    en: 'poll every N seconds instead of the configured schedule',
  },
  'cli.tray.grace': {
    sv: 'tyst tid efter start innan något aviseras (standard 3 minuter)',
    nb: 'stille tid etter start før noe varsles (standard 3 minutter)',
    en: 'quiet time after start before notifying (default 3 minutes)',
  },
  'cli.tray.detach': {
    sv: 'starta i bakgrunden, utan konsolfönster, och återvänd direkt',
    nb: 'start i bakgrunnen, uten konsollvindu, og returner med en gang',
    en: 'start in the background, without a console window, and return at once',
  },

  'cli.doctor.description': {
    sv: 'ta reda på varför huvudkassan inte svarar, och vad som fungerar i stället',
    nb: 'finn ut hvorfor hovedkassen ikke svarer, og hva som fungerer i stedet',
    en: 'find out why the main till cannot be reached, and what works instead',
  },
  'cli.doctor.dsn': {
    sv: 'kontrollera servern i den här ODBC-datakällan (standard: inställningarna, annars "Nutid - PC Kassa")',
    nb: 'kontroller serveren i denne ODBC-datakilden (standard: innstillingene, ellers "Nutid - PC Kassa")',
    en: 'check the server of this ODBC data source (default: the settings, else "Nutid - PC Kassa")',
  },

  'cli.repair.description': {
    sv: 'reparera PC-Kassas ODBC-datakälla (visar ändringen; --apply skriver den, --undo ångrar)',
    nb: 'reparer PC-Kassas ODBC-datakilde (viser endringen; --apply skriver den, --undo angrer)',
    en: 'repair the PC-Kassa ODBC data source (shows the change; --apply writes it, --undo restores)',
  },
  'cli.repair.dsn': {
    sv: 'ODBC-datakällans namn (standard: dsnName i inställningarna, "Nutid - PC Kassa")',
    nb: 'ODBC-datakildens navn (standard: dsnName i innstillingene, "Nutid - PC Kassa")',
    en: 'ODBC data source name (default: the settings\' dsnName, "Nutid - PC Kassa")',
  },
  'cli.repair.apply': {
    sv: 'skriv serversträngen som fungerar i datakällan',
    nb: 'skriv serverstrengen som fungerer, i datakilden',
    en: 'write the working server string into the data source',
  },
  'cli.repair.undo': {
    sv: 'återställ värdet som den senaste reparationen ersatte',
    nb: 'gjenopprett verdien som den siste reparasjonen erstattet',
    en: 'restore the value the last repair replaced',
  },

  'cli.firewallScript.description': {
    sv: 'skriv skriptet som öppnar brandväggen på HUVUDKASSAN (kör det där som administratör)',
    nb: 'skriv skriptet som åpner brannmuren på HOVEDKASSEN (kjør det der som administrator)',
    en: 'write the script that opens the firewall on the MAIN till (run it there as administrator)',
  },
  'cli.firewallScript.out': {
    sv: 'vart det skrivs (- för standard ut; standard {file})',
    nb: 'hvor det skrives (- for standard ut; standard {file})',
    en: 'where to write it (- for standard output; default {file})',
  },
  'cli.firewallScript.instance': {
    sv: 'SQL Server-instansen (standard: från inställningarna, annars PCKASSA)',
    nb: 'SQL Server-instansen (standard: fra innstillingene, ellers PCKASSA)',
    en: 'SQL Server instance (default: from the settings, else PCKASSA)',
  },
  'cli.firewallScript.port': {
    sv: 'instansens TCP-port, om den är känd',
    nb: 'instansens TCP-port, hvis den er kjent',
    en: "the instance's TCP port, if known",
  },

  'cli.login.description': {
    sv: 'spara huvudkassan och SQL-inloggningen i inställningsfilen (lösenordet frågas efter eller läses från standard in)',
    nb: 'lagre hovedkassen og SQL-påloggingen i innstillingsfilen (passordet spørres etter eller leses fra standard inn)',
    en: 'save the main till and the SQL login in the settings file (the password from a prompt or stdin)',
  },
  'cli.login.passwordStdin': {
    sv: 'läs lösenordet från standard in (en rad)',
    nb: 'les passordet fra standard inn (én linje)',
    en: 'read the password from standard input (one line)',
  },

  'cli.console.description': {
    sv: 'visa översiktssidan på den här datorn (skriver ut adressen med nyckeln)',
    nb: 'vis oversiktssiden på denne datamaskinen (skriver ut adressen med nøkkelen)',
    en: 'serve the overview page on this computer (prints its address with the key)',
  },
  'cli.console.open': { sv: 'öppna den i standardwebbläsaren', nb: 'åpne den i standardnettleseren', en: 'open it in the default browser' },

  'cli.report.description': {
    sv: 'skriv översikten och historiken som en HTML-fil (ingen nätverksanslutning behövs för att läsa den)',
    nb: 'skriv oversikten og historikken som én HTML-fil (ingen nettverkstilkobling trengs for å lese den)',
    en: 'write the overview and the history as one HTML file (no network needed to view it)',
  },
  'cli.report.out': { sv: 'HTML-filen som ska skrivas', nb: 'HTML-filen som skal skrives', en: 'the HTML file to write' },

  'cli.preflight.description': {
    sv: 'checklista innan en ny backoffice installeras (slutkod 0 klart, 1 något att göra, 3 huvudkassan svarar inte)',
    nb: 'sjekkliste før en ny backoffice installeres (sluttkode 0 klar, 1 noe å gjøre, 3 hovedkassen svarer ikke)',
    en: 'checklist before installing a new backoffice (exit 0 ready, 1 to do, 3 unreachable)',
  },

  'cli.sim.description': {
    sv: 'kör en simulerad huvudkassa (SQL Server + SQL Browser) för demon och testerna',
    nb: 'kjør en simulert hovedkasse (SQL Server + SQL Browser) for demoen og testene',
    en: 'run a simulated main till (SQL Server + SQL Browser) for the demo and tests',
  },
  'cli.sim.host': { sv: 'adressen att lyssna på', nb: 'adressen det lyttes på', en: 'address to listen on' },
  'cli.sim.port': { sv: 'TCP-port (0 = valfri ledig port)', nb: 'TCP-port (0 = en hvilken som helst ledig port)', en: 'TCP port (0 = any free port)' },
  'cli.sim.browserPort': {
    sv: 'SQL Browsers UDP-port (0 = valfri ledig port; klienter frågar på 1434)',
    nb: 'SQL Browsers UDP-port (0 = en hvilken som helst ledig port; klienter spør på 1434)',
    en: 'UDP port of the SQL Browser (0 = any free port; clients ask on 1434)',
  },
  'cli.sim.instance': { sv: 'instansens namn', nb: 'instansens navn', en: 'instance name' },
  'cli.sim.fleet': {
    sv: 'kassafil (läses om när den ändras); standard: en inbyggd demobutik',
    nb: 'kassefil (leses på nytt når den endres); standard: en innebygd demobutikk',
    en: 'fleet snapshot file (re-read when it changes); default: a built-in demo shop',
  },
  'cli.sim.user': { sv: 'SQL-inloggning', nb: 'SQL-pålogging', en: 'SQL login' },
  'cli.sim.password': { sv: 'SQL-lösenord', nb: 'SQL-passord', en: 'SQL password' },
  'cli.sim.machineName': {
    sv: 'huvudkassans datornamn (standard: kassafilens huvudkassa)',
    nb: 'hovedkassens maskinnavn (standard: kassefilens hovedkasse)',
    en: "computer name of the main till (default: the snapshot's main till)",
  },
  'cli.sim.database': { sv: 'databasens namn', nb: 'databasens navn', en: 'database name' },
  'cli.sim.log': {
    sv: 'lägg till varje mottagen sats som en JSON-rad i filen',
    nb: 'legg til hver mottatte setning som en JSON-linje i filen',
    en: 'append every received statement as a JSON line',
  },

  'cli.status.description': {
    sv: 'fråga huvudkassan en gång och bedöm kassorna',
    nb: 'spør hovedkassen én gang og vurder kassene',
    en: 'poll the main till once and judge its tills',
  },
  'cli.discover.description': {
    sv: 'hitta tabellerna som beskriver kassorna och föreslå en profil',
    nb: 'finn tabellene som beskriver kassene, og foreslå en profil',
    en: 'find the tables that describe the tills and suggest a profile',
  },
  'cli.demo.description': {
    sv: 'visa Kassavakt mot en inbyggd simulerad huvudkassa',
    nb: 'vis Kassavakt mot en innebygd simulert hovedkasse',
    en: 'show Kassavakt against a built-in simulated main till',
  },

  'cli.watch.description': {
    sv: 'fråga huvudkassan enligt schemat och spara det som ändras',
    nb: 'spør hovedkassen etter planen og lagre det som endres',
    en: 'poll the main till on a schedule and record what changes',
  },
  'cli.watch.interval': {
    sv: 'fråga var N:e sekund i stället för enligt inställningen pollSchedule',
    nb: 'spør hvert N. sekund i stedet for etter innstillingen pollSchedule',
    en: 'poll every N seconds instead of the pollSchedule setting',
  },
  'cli.watch.count': { sv: 'sluta efter N frågor', nb: 'stopp etter N spørringer', en: 'stop after N polls' },

  'cli.history.description': {
    sv: 'visa vad som har ändrats: händelser, versioner per kassa, öppna problem',
    nb: 'vis hva som er endret: hendelser, versjoner per kasse, åpne problemer',
    en: 'show what changed: events, version timelines, open problems',
  },
  'cli.history.till': { sv: 'bara den här kassan', nb: 'bare denne kassen', en: 'only this till' },
  'cli.history.since': {
    sv: 'bara händelser från den här tidpunkten (ISO 8601, t.ex. 2026-11-25 eller 2026-11-25 08:00)',
    nb: 'bare hendelser fra dette tidspunktet (ISO 8601, f.eks. 2026-11-25 eller 2026-11-25 08:00)',
    en: 'only events from this date/time on (ISO 8601, e.g. 2026-11-25 or 2026-11-25 08:00)',
  },
} satisfies Record<string, Translations>;
