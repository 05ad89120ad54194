import type { Translations } from '../i18n.js';

export const loginMessages = {
  'login.saved': { sv: 'Sparat i {path}: {items}.', nb: 'Lagret i {path}: {items}.', en: 'Saved in {path}: {items}.' },
  'login.item.server': { sv: 'huvudkassan {value}', nb: 'hovedkassen {value}', en: 'main till {value}' },
  'login.item.user': { sv: 'SQL-inloggningen {value}', nb: 'SQL-påloggingen {value}', en: 'SQL login {value}' },
  'login.item.database': { sv: 'databasen {value}', nb: 'databasen {value}', en: 'database {value}' },
  'login.item.browserPort': { sv: 'SQL Server Browser-porten {value}', nb: 'SQL Server Browser-porten {value}', en: 'SQL Server Browser port {value}' },
  'login.item.password': { sv: 'lösenordet', nb: 'passordet', en: 'the password' },
  'login.prompt': { sv: 'Lösenord för SQL-inloggningen: ', nb: 'Passord for SQL-påloggingen: ', en: 'Password of the SQL login: ' },
  'login.noPassword': {
    sv: 'Lösenordet läses från standard in: lägg till --password-stdin (eller kör kommandot i ett terminalfönster och skriv det där).',
    nb: 'Passordet leses fra standard inn: legg til --password-stdin (eller kjør kommandoen i et terminalvindu og skriv det der).',
    en: 'The password is read from standard input: add --password-stdin (or run the command in a terminal window and type it there).',
  },
  'login.emptyPassword': { sv: 'Inget lösenord angavs; ingenting sparades.', nb: 'Ingen passord ble angitt; ingenting ble lagret.', en: 'No password was given; nothing was saved.' },
  'login.cancelled': { sv: 'Avbrutet; ingenting sparades.', nb: 'Avbrutt; ingenting ble lagret.', en: 'Cancelled; nothing was saved.' },
  'login.badValue': {
    sv: '{option}: får inte vara tomt eller innehålla styrtecken; ingenting sparades.',
    nb: '{option}: kan ikke være tomt eller inneholde kontrolltegn; ingenting ble lagret.',
    en: '{option}: must not be empty or contain control characters; nothing was saved.',
  },
} satisfies Record<string, Translations>;
