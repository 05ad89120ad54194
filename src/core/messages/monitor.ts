import type { Translations } from '../i18n.js';

export const monitorMessages = {
  'serverString.empty': {
    sv: 'Ingen server angiven. Skriv huvudkassans namn, t.ex. KASSA1\\PCKASSA.',
    nb: 'Ingen server angitt. Skriv hovedkassens navn, f.eks. KASSA1\\PCKASSA.',
    en: 'No server given. Write the main till’s name, e.g. KASSA1\\PCKASSA.',
  },
  'serverString.forbiddenCharacter': {
    sv: 'Servernamnet "{value}" innehåller otillåtna tecken (; { } = eller styrtecken).',
    nb: 'Servernavnet "{value}" inneholder ulovlige tegn (; { } = eller kontrolltegn).',
    en: 'The server name "{value}" contains characters that are not allowed (; { } = or control characters).',
  },
  'serverString.badHost': {
    sv: '"{value}" är inget giltigt datornamn eller IP-adress. Skriv t.ex. KASSA1\\PCKASSA eller 192.168.1.10\\PCKASSA.',
    nb: '"{value}" er ikke et gyldig datamaskinnavn eller IP-adresse. Skriv f.eks. KASSA1\\PCKASSA eller 192.168.1.10\\PCKASSA.',
    en: '"{value}" is not a valid computer name or IP address. Write e.g. KASSA1\\PCKASSA or 192.168.1.10\\PCKASSA.',
  },
  'serverString.badInstance': {
    sv: 'Instansnamnet i "{value}" är ogiltigt. Det brukar vara PCKASSA, t.ex. KASSA1\\PCKASSA.',
    nb: 'Instansnavnet i "{value}" er ugyldig. Det pleier å være PCKASSA, f.eks. KASSA1\\PCKASSA.',
    en: 'The instance name in "{value}" is not valid. It is usually PCKASSA, e.g. KASSA1\\PCKASSA.',
  },
  'serverString.badPort': {
    sv: 'Portnumret i "{value}" är ogiltigt (1–65535), t.ex. KASSA1,1433.',
    nb: 'Portnummeret i "{value}" er ugyldig (1–65535), f.eks. KASSA1,1433.',
    en: 'The port number in "{value}" is not valid (1–65535), e.g. KASSA1,1433.',
  },
  'connection.noServer': {
    sv: 'Vilken huvudkassa ska kontrolleras? Ange --server (t.ex. KASSA1\\PCKASSA) eller "server" i inställningsfilen.',
    nb: 'Hvilken hovedkasse skal kontrolleres? Angi --server (f.eks. KASSA1\\PCKASSA) eller "server" i innstillingsfilen.',
    en: 'Which main till should be checked? Give --server (e.g. KASSA1\\PCKASSA) or "server" in the settings file.',
  },
  'connection.configMissing': {
    sv: 'Inställningsfilen {path} finns inte.',
    nb: 'Innstillingsfilen {path} finnes ikke.',
    en: 'The settings file {path} does not exist.',
  },
  // Why the main till did not answer: a short reason for lines (history, menu, page), and further
  // below, each reason as a full sentence with advice (CLI).
  'unreachable.reason.DNS_FAILED': { sv: 'datornamnet hittas inte i nätverket', nb: 'maskinnavnet finnes ikke i nettverket', en: 'the computer name is not found on the network' },
  'unreachable.reason.PORT_CLOSED': { sv: 'databasen svarar inte (avstängd eller blockerad av brandvägg)', nb: 'databasen svarer ikke (slått av eller blokkert av brannmur)', en: 'the database does not answer (switched off or blocked by a firewall)' },
  'unreachable.reason.TIMEOUT': { sv: 'inget svar i tid', nb: 'ikke svar i tide', en: 'no answer in time' },
  'unreachable.reason.INSTANCE_NOT_FOUND': { sv: 'databasen PCKASSA hittas inte på datorn', nb: 'databasen PCKASSA finnes ikke på maskinen', en: 'the PCKASSA database is not found on that computer' },
  'unreachable.reason.LOGIN_FAILED': { sv: 'inloggningen nekades', nb: 'innloggingen ble avvist', en: 'the login was refused' },
  'unreachable.reason.DATABASE_MISSING': { sv: 'kassans databas saknas', nb: 'kassens database mangler', en: 'the till database is missing' },
  'unreachable.reason.CONNECTION_LOST': { sv: 'förbindelsen bröts', nb: 'forbindelsen ble brutt', en: 'the connection was lost' },
  'unreachable.reason.OTHER': { sv: 'okänt fel', nb: 'ukjent feil', en: 'unknown error' },
  'unreachable.DNS_FAILED': {
    sv: 'Huvudkassan {server} hittas inte i nätverket: datornamnet är okänt. Kontrollera namnet, eller prova med huvudkassans IP-adress.',
    nb: 'Hovedkassen {server} finnes ikke i nettverket: datamaskinnavnet er ukjent. Kontroller navnet, eller prøv med hovedkassens IP-adresse.',
    en: 'The main till {server} cannot be found on the network: the computer name is unknown. Check the name, or try the main till’s IP address.',
  },
  'unreachable.PORT_CLOSED': {
    sv: 'Huvudkassan {server} svarar men släpper inte in databasanslutningen. Kontrollera att huvudkassan är igång och att brandväggen tillåter SQL Server (port 1433).',
    nb: 'Hovedkassen {server} svarer, men slipper ikke inn databasetilkoblingen. Kontroller at hovedkassen er i gang og at brannmuren tillater SQL Server (port 1433).',
    en: 'The main till {server} answers but refuses the database connection. Check that the main till is running and that the firewall allows SQL Server (port 1433).',
  },
  'unreachable.TIMEOUT': {
    sv: 'Huvudkassan {server} svarar inte i tid. Kontrollera att den är påslagen och ansluten till nätverket.',
    nb: 'Hovedkassen {server} svarer ikke i tide. Kontroller at den er slått på og koblet til nettverket.',
    en: 'The main till {server} does not answer in time. Check that it is switched on and connected to the network.',
  },
  'unreachable.INSTANCE_NOT_FOUND': {
    sv: 'Databasen på huvudkassan {server} hittas inte. Kontrollera namnet efter \\ (oftast PCKASSA) och att tjänsten SQL Server Browser körs på huvudkassan.',
    nb: 'Databasen på hovedkassen {server} finnes ikke. Kontroller navnet etter \\ (oftest PCKASSA) og at tjenesten SQL Server Browser kjører på hovedkassen.',
    en: 'The database on the main till {server} cannot be found. Check the name after \\ (usually PCKASSA) and that the SQL Server Browser service runs on the main till.',
  },
  'unreachable.LOGIN_FAILED': {
    sv: 'Huvudkassan {server} godtar inte användarnamnet eller lösenordet. Kontrollera inloggningen i Kassavakts inställningar.',
    nb: 'Hovedkassen {server} godtar ikke brukernavnet eller passordet. Kontroller innloggingen i Kassavakts innstillinger.',
    en: 'The main till {server} does not accept the user name or password. Check the login in Kassavakt’s settings.',
  },
  'unreachable.DATABASE_MISSING': {
    sv: 'Huvudkassan {server} svarar, men databasen som angetts finns inte där (eller får inte öppnas). Kontrollera databasnamnet i inställningarna.',
    nb: 'Hovedkassen {server} svarer, men den angitte databasen finnes ikke der (eller kan ikke åpnes). Kontroller databasenavnet i innstillingene.',
    en: 'The main till {server} answers, but the given database is not there (or may not be opened). Check the database name in the settings.',
  },
  'unreachable.CONNECTION_LOST': {
    sv: 'Anslutningen till huvudkassan {server} bröts. Kontrollera nätverket; Kassavakt försöker igen.',
    nb: 'Tilkoblingen til hovedkassen {server} ble brutt. Kontroller nettverket; Kassavakt prøver igjen.',
    en: 'The connection to the main till {server} was lost. Check the network; Kassavakt will try again.',
  },
  'unreachable.OTHER': {
    sv: 'Huvudkassan {server} kunde inte läsas ({detail}).',
    nb: 'Hovedkassen {server} kunne ikke leses ({detail}).',
    en: 'The main till {server} could not be read ({detail}).',
  },
  'profile.failed.message': {
    sv: 'Kassavakt ser vilka kassor som är anslutna, men kan inte läsa kassornas versioner och Klient ID ur databasen.',
    nb: 'Kassavakt ser hvilke kasser som er tilkoblet, men kan ikke lese kassenes versjoner og klient-ID fra databasen.',
    en: 'Kassavakt sees which tills are connected but cannot read their versions and Client IDs from the database.',
  },
  'profile.failed.advice': {
    sv: 'Frågan som läser kassorna (profilen) behöver kontrolleras för den här installationen: kör "kassavakt discover" och klistra in förslaget i inställningarna.',
    nb: 'Spørringen som leser kassene (profilen) må kontrolleres for denne installasjonen: kjør "kassavakt discover" og lim inn forslaget i innstillingene.',
    en: 'The query that reads the tills (the profile) needs checking for this installation: run "kassavakt discover" and paste its suggestion into the settings.',
  },
  'profile.noNameColumn': {
    sv: 'profilens SELECT har ingen kolumn med namnet "name"',
    nb: 'profilens SELECT har ingen kolonne med navnet "name"',
    en: 'the profile SELECT has no column named "name"',
  },
  'readOnly.refused': {
    sv: 'Kassavakt skickar bara läsfrågor (SELECT) till huvudkassan; frågan vägrades: {reason}',
    nb: 'Kassavakt sender bare lesespørringer (SELECT) til hovedkassen; spørringen ble avvist: {reason}',
    en: 'Kassavakt only sends read queries (SELECT) to the main till; the query was refused: {reason}',
  },
  // Why a query was refused, filled into readOnly.refused as {reason}.
  'readOnly.reason.UNTERMINATED': {
    sv: 'en sträng, kommentar eller ett [namn] avslutas aldrig',
    nb: 'en streng, kommentar eller et [navn] avsluttes aldri',
    en: 'a string, comment or [name] is never closed',
  },
  'readOnly.reason.NO_STATEMENT': { sv: 'frågan är tom', nb: 'spørringen er tom', en: 'the query is empty' },
  'readOnly.reason.STARTS_WITH': {
    sv: 'en sats börjar med {word}',
    nb: 'en setning begynner med {word}',
    en: 'a statement starts with {word}',
  },
  'readOnly.reason.CONTAINS': { sv: 'frågan innehåller {word}', nb: 'spørringen inneholder {word}', en: 'the query contains {word}' },
  'readOnly.reason.NO_PREAMBLE': {
    sv: 'frågan börjar inte med läsläget (READ UNCOMMITTED, LOCK_TIMEOUT)',
    nb: 'spørringen begynner ikke med lesemodusen (READ UNCOMMITTED, LOCK_TIMEOUT)',
    en: 'the query does not start with the read mode (READ UNCOMMITTED, LOCK_TIMEOUT)',
  },
  'status.server': {
    sv: 'Huvudkassa: {machine} (SQL Server {version}, databas {database}), svarade på {ms} ms',
    nb: 'Hovedkasse: {machine} (SQL Server {version}, database {database}), svarte på {ms} ms',
    en: 'Main till: {machine} (SQL Server {version}, database {database}), answered in {ms} ms',
  },
  'status.sessions': {
    sv: 'Anslutna kassor just nu: {count}',
    nb: 'Tilkoblede kasser akkurat nå: {count}',
    en: 'Tills connected right now: {count}',
  },
  'status.sessionsUnknown': {
    sv: 'Anslutna kassor just nu: okänt',
    nb: 'Tilkoblede kasser akkurat nå: ukjent',
    en: 'Tills connected right now: unknown',
  },
  'status.serverAnswered': {
    sv: 'Huvudkassan svarade på {ms} ms',
    nb: 'Hovedkassen svarte på {ms} ms',
    en: 'The main till answered in {ms} ms',
  },
  'status.col.connected': { sv: 'Ansluten', nb: 'Tilkoblet', en: 'Connected' },
  'status.yes': { sv: 'ja', nb: 'ja', en: 'yes' },
  'status.no': { sv: 'nej', nb: 'nei', en: 'no' },
  'discover.header': {
    sv: 'Kolumner i databasen {database} som kan beskriva kassorna:',
    nb: 'Kolonner i databasen {database} som kan beskrive kassene:',
    en: 'Columns in database {database} that may describe the tills:',
  },
  'discover.none': {
    sv: 'Inga kolumner med namn som liknar kassa, klient, version eller dator hittades i databasen {database}. Är det rätt databas (--database)?',
    nb: 'Ingen kolonner med navn som ligner kasse, klient, versjon eller datamaskin ble funnet i databasen {database}. Er det riktig database (--database)?',
    en: 'No columns named like till, client, version or computer were found in database {database}. Is it the right database (--database)?',
  },
  'discover.profileHeader': {
    sv: 'Förslag på profil (kontrollera kolumnerna och klistra in som "profile" i {path}):',
    nb: 'Forslag til profil (kontroller kolonnene og lim inn som "profile" i {path}):',
    en: 'Suggested profile (check the columns and paste it as "profile" into {path}):',
  },
  'discover.noProfile': {
    sv: 'Ingen tabell har både ett datornamn och en version; ett profilförslag kan inte göras automatiskt.',
    nb: 'Ingen tabell har både et datamaskinnavn og en versjon; et profilforslag kan ikke lages automatisk.',
    en: 'No table has both a computer name and a version; a profile cannot be suggested automatically.',
  },
  'demo.intro': {
    sv: 'Demo: Kassavakt läser en simulerad huvudkassa ({server}) med en kassa på fel utgåva och två kassor med samma Klient ID.',
    nb: 'Demo: Kassavakt leser en simulert hovedkasse ({server}) med én kasse på feil utgave og to kasser med samme klient-ID.',
    en: 'Demo: Kassavakt reads a simulated main till ({server}) with one till on the wrong edition and two tills sharing a Client ID.',
  },
  'demo.tryJson': {
    sv: 'Prova själv i två fönster: "node dist/kassavakt.js sim --port 14330" startar simulatorn, och "node dist/kassavakt.js status --server 127.0.0.1,14330 --user kassavakt --password kassavakt --json" läser den (kassalistan kan ändras med --fleet FIL).',
    nb: 'Prøv selv i to vinduer: "node dist/kassavakt.js sim --port 14330" starter simulatoren, og "node dist/kassavakt.js status --server 127.0.0.1,14330 --user kassavakt --password kassavakt --json" leser den (kasselisten kan endres med --fleet FIL).',
    en: 'Try it yourself in two windows: "node dist/kassavakt.js sim --port 14330" starts the simulator, and "node dist/kassavakt.js status --server 127.0.0.1,14330 --user kassavakt --password kassavakt --json" reads it (change the tills with --fleet FILE).',
  },
  'demo.failed': {
    sv: 'Demon kunde inte läsa den simulerade huvudkassan: {reason}',
    nb: 'Demoen kunne ikke lese den simulerte hovedkassen: {reason}',
    en: 'The demo could not read the simulated main till: {reason}',
  },
} satisfies Record<string, Translations>;
