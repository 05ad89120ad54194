import type { Translations } from '../i18n.js';

// `kassavakt login-script`: the command's own lines and what the script says on the main till.
export const loginScriptMessages = {
  'cli.loginScript.description': {
    sv: 'skriv skriptet som skapar Kassavakts egen läsinloggning i SQL Server på HUVUDKASSAN (kör det där)',
    nb: 'skriv skriptet som oppretter Kassavakts egen lesepålogging i SQL Server på HOVEDKASSEN (kjør det der)',
    en: 'write the script that creates Kassavakt’s own read-only SQL login on the MAIN till (run it there)',
  },
  'cli.loginScript.login': {
    sv: 'SQL-inloggningen som skapas (standard {login})',
    nb: 'SQL-påloggingen som opprettes (standard {login})',
    en: 'the SQL login to create (default {login})',
  },
  'cli.loginScript.database': {
    sv: 'PC-Kassas databas (standard: från inställningarna, annars PCKassa)',
    nb: 'PC-Kassas database (standard: fra innstillingene, ellers PCKassa)',
    en: 'the PC-Kassa database (default: from the settings, else PCKassa)',
  },
  'loginScript.purpose': {
    sv: 'Skapar eller uppdaterar SQL-inloggningen {login} som Kassavakt läser huvudkassan med (instans {instance}).',
    nb: 'Oppretter eller oppdaterer SQL-påloggingen {login} som Kassavakt leser hovedkassen med (instans {instance}).',
    en: 'Creates or updates the SQL login {login} Kassavakt reads the main till with (instance {instance}).',
  },
  'loginScript.noSqlcmd': {
    sv: 'sqlcmd finns inte på den här datorn. Kör skriptet på HUVUDKASSAN, där SQL Server är installerat.',
    nb: 'sqlcmd finnes ikke på denne maskinen. Kjør skriptet på HOVEDKASSEN, der SQL Server er installert.',
    en: 'sqlcmd is not on this computer. Run the script on the MAIN till, where SQL Server is installed.',
  },
  // After sqlcmd failed: the script's own refusals (Windows logins only, no such database) have said
  // why already; a Windows user who may not log in to SQL Server or change logins sees it in English.
  'loginScript.failed': {
    sv: 'Det gick inte; läs meddelandet ovan. Står det "Login failed" eller "permission", kör skriptet som den Windows-användare som installerade PC-Kassa, eller som administratör.',
    nb: 'Det gikk ikke; les meldingen over. Står det "Login failed" eller "permission", kjør skriptet som Windows-brukeren som installerte PC-Kassa, eller som administrator.',
    en: 'It did not work; read the message above. If it says "Login failed" or "permission", run the script as the Windows user who installed PC-Kassa, or as an administrator.',
  },
  'loginScript.windowsOnly': {
    sv: 'SQL Server ({instance}) tar bara emot Windows-inloggningar, så en SQL-inloggning skulle aldrig kunna logga in. Slå på "SQL Server and Windows Authentication mode" (SQL Server Management Studio: högerklicka på servern, Properties, Security), starta om tjänsten SQL Server ({instance}) och kör skriptet igen. Ingenting ändrades.',
    nb: 'SQL Server ({instance}) tar bare imot Windows-pålogginger, så en SQL-pålogging ville aldri kunne logge inn. Slå på "SQL Server and Windows Authentication mode" (SQL Server Management Studio: høyreklikk på serveren, Properties, Security), start tjenesten SQL Server ({instance}) på nytt og kjør skriptet igjen. Ingenting ble endret.',
    en: 'SQL Server ({instance}) accepts Windows logins only, so a SQL login could never log in. Turn on "SQL Server and Windows Authentication mode" (SQL Server Management Studio: right-click the server, Properties, Security), restart the SQL Server ({instance}) service and run the script again. Nothing was changed.',
  },
  'loginScript.databaseMissing': {
    sv: 'Databasen {database} finns inte i SQL Server ({instance}). Ingenting ändrades; skapa ett nytt skript med rätt --database.',
    nb: 'Databasen {database} finnes ikke i SQL Server ({instance}). Ingenting ble endret; lag et nytt skript med riktig --database.',
    en: 'The database {database} does not exist in SQL Server ({instance}). Nothing was changed; write a new script with the right --database.',
  },
  'loginScript.created': { sv: 'Inloggningen {login} skapades.', nb: 'Påloggingen {login} ble opprettet.', en: 'The login {login} was created.' },
  'loginScript.updated': {
    sv: 'Inloggningen {login} fanns redan: den har fått ett nytt lösenord, är upplåst och påslagen, har {database} som standarddatabas och lösenordspolicyn påslagen. Rättigheter den hade sedan tidigare finns kvar.',
    nb: 'Påloggingen {login} fantes allerede: den har fått et nytt passord, er låst opp og slått på, har {database} som standarddatabase og passordpolicyen slått på. Rettigheter den hadde fra før, er beholdt.',
    en: 'The login {login} already existed: it has a new password, is unlocked and enabled, has {database} as its default database and the password policy on. Rights it had before are kept.',
  },
  'loginScript.serverRoles': {
    sv: 'Observera: {login} är också med i serverrollerna {roles}. Kassavakt behöver dem inte, och skriptet tar inte bort dem; ta bort dem i SQL Server Management Studio (Security, Logins, {login}, Server Roles) om inget annat använder inloggningen.',
    nb: 'Merk: {login} er også med i serverrollene {roles}. Kassavakt trenger dem ikke, og skriptet fjerner dem ikke; fjern dem i SQL Server Management Studio (Security, Logins, {login}, Server Roles) hvis ingenting annet bruker påloggingen.',
    en: 'Note: {login} is also in the server roles {roles}. Kassavakt does not need them and the script does not remove them; remove them in SQL Server Management Studio (Security, Logins, {login}, Server Roles) if nothing else uses the login.',
  },
  'loginScript.rights': {
    sv: 'Kassavakt fick: VIEW SERVER STATE, läsa databasen {database} (db_datareader) och läsa säkerhetskopieringshistoriken i msdb (backupset, backupmediafamily). Inga andra rättigheter gavs.',
    nb: 'Kassavakt fikk: VIEW SERVER STATE, lese databasen {database} (db_datareader) og lese sikkerhetskopihistorikken i msdb (backupset, backupmediafamily). Ingen andre rettigheter ble gitt.',
    en: 'Kassavakt was given: VIEW SERVER STATE, reading the database {database} (db_datareader) and reading the backup history in msdb (backupset, backupmediafamily). No other rights were given.',
  },
  'loginScript.password': {
    sv: 'Lösenordet visas bara nu. Skriv in användaren {login} och lösenordet i Kassavakts inställningar på backoffice-datorn:',
    nb: 'Passordet vises bare nå. Skriv inn brukeren {login} og passordet i Kassavakts innstillinger på backoffice-maskinen:',
    en: 'The password is shown only now. Enter the user {login} and the password in Kassavakt’s settings on the backoffice PC:',
  },
  'loginScript.written': {
    sv: 'Skriptet är sparat: {path}\nSå här gör du: kopiera filen till HUVUDKASSAN och dubbelklicka på den där, inloggad som den Windows-användare som installerade PC-Kassa (eller som administratör). Den visar ett lösenord en gång: skriv in det i Kassavakts inställningar.',
    nb: 'Skriptet er lagret: {path}\nSlik gjør du: kopier filen til HOVEDKASSEN og dobbeltklikk på den der, innlogget som Windows-brukeren som installerte PC-Kassa (eller som administrator). Den viser et passord én gang: skriv det inn i Kassavakts innstillinger.',
    en: 'The script is saved: {path}\nWhat to do: copy the file to the MAIN till and double-click it there, signed in as the Windows user who installed PC-Kassa (or as an administrator). It shows a password once: enter it in Kassavakt’s settings.',
  },
  'loginScript.exists': {
    sv: 'Filen {path} finns redan och är inte ett Kassavakt-skript; välj ett annat namn med --out.',
    nb: 'Filen {path} finnes allerede og er ikke et Kassavakt-skript; velg et annet navn med --out.',
    en: 'The file {path} already exists and is not a Kassavakt script; choose another name with --out.',
  },
  'loginScript.badLogin': {
    sv: 'Inloggningsnamnet "{value}" går inte att använda: bokstäver, siffror och _ . - (högst 128 tecken, först en bokstav).',
    nb: 'Påloggingsnavnet "{value}" kan ikke brukes: bokstaver, sifre og _ . - (høyst 128 tegn, først en bokstav).',
    en: 'The login name "{value}" cannot be used: letters, digits and _ . - (at most 128 characters, a letter first).',
  },
  'loginScript.badDatabase': {
    sv: 'Databasnamnet "{value}" går inte att använda: bokstäver, siffror, mellanslag och _ . - (högst 128 tecken).',
    nb: 'Databasenavnet "{value}" kan ikke brukes: bokstaver, sifre, mellomrom og _ . - (høyst 128 tegn).',
    en: 'The database name "{value}" cannot be used: letters, digits, spaces and _ . - (at most 128 characters).',
  },
} satisfies Record<string, Translations>;
