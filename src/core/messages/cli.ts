// The command line itself: commander's help layout and its own errors, the option checks, and the
// options several commands share. Each command's description and options: messages/cliCommands.ts.
import type { Translations } from '../i18n.js';

export const cliMessages = {
  'cli.description': {
    sv: 'Kassavakt – håller koll på PC-Kassas kassor',
    nb: 'Kassavakt – holder øye med PC-Kassas kasser',
    en: 'Kassavakt – keeps PC-Kassa tills healthy',
  },

  // The headings commander writes (src/cli/localizedHelp.ts maps them).
  'cli.help.usage': { sv: 'Användning:', nb: 'Bruk:', en: 'Usage:' },
  'cli.help.arguments': { sv: 'Argument:', nb: 'Argumenter:', en: 'Arguments:' },
  'cli.help.options': { sv: 'Alternativ:', nb: 'Valg:', en: 'Options:' },
  'cli.help.commands': { sv: 'Kommandon:', nb: 'Kommandoer:', en: 'Commands:' },
  'cli.help.helpOption': { sv: 'visa hjälp för kommandot', nb: 'vis hjelp for kommandoen', en: 'display help for command' },
  'cli.help.helpCommand': { sv: 'visa hjälp för ett kommando', nb: 'vis hjelp for en kommando', en: 'display help for a command' },
  'cli.help.default': { sv: '(standard: {value})', nb: '(standard: {value})', en: '(default: {value})' },

  // The words in <…> and […] of the usage lines and option lists, by their name in the code.
  'cli.placeholder.options': { sv: 'alternativ', nb: 'valg', en: 'options' },
  'cli.placeholder.command': { sv: 'kommando', nb: 'kommando', en: 'command' },
  'cli.placeholder.file': { sv: 'fil', nb: 'fil', en: 'file' },
  'cli.placeholder.snapshot': { sv: 'kassafil', nb: 'kassefil', en: 'snapshot' },
  'cli.placeholder.dir': { sv: 'mapp', nb: 'mappe', en: 'folder' },
  'cli.placeholder.lang': { sv: 'språk', nb: 'språk', en: 'language' },
  'cli.placeholder.server': { sv: 'server', nb: 'server', en: 'server' },
  'cli.placeholder.user': { sv: 'användare', nb: 'bruker', en: 'user' },
  'cli.placeholder.password': { sv: 'lösenord', nb: 'passord', en: 'password' },
  'cli.placeholder.database': { sv: 'databas', nb: 'database', en: 'database' },
  'cli.placeholder.port': { sv: 'port', nb: 'port', en: 'port' },
  'cli.placeholder.address': { sv: 'adress', nb: 'adresse', en: 'address' },
  'cli.placeholder.name': { sv: 'namn', nb: 'navn', en: 'name' },
  'cli.placeholder.date': { sv: 'datum', nb: 'dato', en: 'date' },
  'cli.placeholder.seconds': { sv: 'sekunder', nb: 'sekunder', en: 'seconds' },
  'cli.placeholder.n': { sv: 'antal', nb: 'antall', en: 'count' },

  // Commander's own errors (src/cli/program.ts); {command} is e.g. "kassavakt check".
  'cli.error.unknownCommand': {
    sv: 'Okänt kommando "{name}". Se {command} --help.',
    nb: 'Ukjent kommando "{name}". Se {command} --help.',
    en: 'Unknown command "{name}". See {command} --help.',
  },
  'cli.error.unknownOption': {
    sv: 'Okänt alternativ {option} för {command}. Se {command} --help.',
    nb: 'Ukjent valg {option} for {command}. Se {command} --help.',
    en: 'Unknown option {option} for {command}. See {command} --help.',
  },
  'cli.error.missing': {
    sv: '{command} behöver {what}. Se {command} --help.',
    nb: '{command} trenger {what}. Se {command} --help.',
    en: '{command} needs {what}. See {command} --help.',
  },
  'cli.error.optionNeedsValue': {
    sv: '{option} behöver ett värde. Se {command} --help.',
    nb: '{option} trenger en verdi. Se {command} --help.',
    en: '{option} needs a value. See {command} --help.',
  },
  'cli.error.tooManyArguments': {
    sv: 'För många argument till {command}: "{extra}" blev över. Se {command} --help.',
    nb: 'For mange argumenter til {command}: "{extra}" ble til overs. Se {command} --help.',
    en: 'Too many arguments for {command}: "{extra}" was left over. See {command} --help.',
  },

  // The option checks (src/cli/options.ts): every range with both of its bounds.
  'cli.badSeconds': {
    sv: '{option} ska vara ett antal sekunder från 0,01 till 86400, inte "{value}".',
    nb: '{option} skal være et antall sekunder fra 0,01 til 86400, ikke "{value}".',
    en: '{option} must be a number of seconds from 0.01 to 86400, not "{value}".',
  },
  'cli.badPort': {
    sv: '{option} ska vara ett portnummer från {min} till 65535, inte "{value}".',
    nb: '{option} skal være et portnummer fra {min} til 65535, ikke "{value}".',
    en: '{option} must be a port number from {min} to 65535, not "{value}".',
  },
  'cli.badCount': {
    sv: '{option} ska vara ett heltal från 1 till {max}, inte "{value}".',
    nb: '{option} skal være et heltall fra 1 til {max}, ikke "{value}".',
    en: '{option} must be a whole number from 1 to {max}, not "{value}".',
  },

  // Options several commands share.
  'cli.option.lang': { sv: 'språk: sv, nb eller en', nb: 'språk: sv, nb eller en', en: 'language: sv, nb or en' },
  'cli.option.json': { sv: 'skriv JSON', nb: 'skriv JSON', en: 'print JSON' },
  'cli.option.server': {
    sv: 'huvudkassan: DATOR\\INSTANS, DATOR,PORT eller DATOR',
    nb: 'hovedkassen: MASKIN\\INSTANS, MASKIN,PORT eller MASKIN',
    en: 'main till: HOST\\INSTANCE, HOST,PORT or HOST',
  },
  'cli.option.user': { sv: 'SQL-inloggning', nb: 'SQL-pålogging', en: 'SQL login' },
  'cli.option.password': {
    sv: 'SQL-lösenord (eller miljövariabeln KASSAVAKT_PASSWORD)',
    nb: 'SQL-passord (eller miljøvariabelen KASSAVAKT_PASSWORD)',
    en: 'SQL password (or the environment variable KASSAVAKT_PASSWORD)',
  },
  'cli.option.database': { sv: 'databasens namn', nb: 'databasens navn', en: 'database name' },
  'cli.option.browserPort': {
    sv: 'SQL Server Browsers UDP-port (standard 1434)',
    nb: 'SQL Server Browsers UDP-port (standard 1434)',
    en: 'SQL Server Browser UDP port (default 1434)',
  },
  'cli.option.config': {
    sv: 'inställningsfil (standard <mapp>/config.json)',
    nb: 'innstillingsfil (standard <mappe>/config.json)',
    en: 'settings file (default <folder>/config.json)',
  },
  'cli.option.data': {
    sv: 'datamapp (standard: KASSAVAKT_DATA eller systemets vanliga plats)',
    nb: 'datamappe (standard: KASSAVAKT_DATA eller systemets vanlige sted)',
    en: 'data folder (default: KASSAVAKT_DATA or the usual place on this system)',
  },
} satisfies Record<string, Translations>;
