import type { Translations } from '../i18n.js';

export const simMessages = {
  'sim.listening': {
    sv: 'Simulerad huvudkassa {server} lyssnar på {host}:{port} (SQL Browser: {browser}). Databas {database}, användare {user}.',
    nb: 'Simulert hovedkasse {server} lytter på {host}:{port} (SQL Browser: {browser}). Database {database}, bruker {user}.',
    en: 'Simulated main till {server} listening on {host}:{port} (SQL Browser: {browser}). Database {database}, user {user}.',
  },
  'sim.noBrowser': { sv: 'av', nb: 'av', en: 'off' },
  'sim.fleetLoaded': {
    sv: 'Kassalistan laddad: {count} kassor ({source}).',
    nb: 'Kasselisten lastet: {count} kasser ({source}).',
    en: 'Till list loaded: {count} tills ({source}).',
  },
  'sim.demoFleet': { sv: 'inbyggd demo', nb: 'innebygd demo', en: 'built-in demo' },
  'sim.fleetRejected': {
    sv: '{file}: {detail}. De gamla kassorna gäller fortfarande.',
    nb: '{file}: {detail}. De gamle kassene gjelder fortsatt.',
    en: '{file}: {detail}. The previous tills still apply.',
  },
  'sim.login': {
    sv: 'Session {session}: {user} loggade in från {host} ({program}).',
    nb: 'Sesjon {session}: {user} logget inn fra {host} ({program}).',
    en: 'Session {session}: {user} logged in from {host} ({program}).',
  },
  'sim.loginRefused': {
    sv: 'Inloggning nekad för {user} från {address}.',
    nb: 'Innlogging avvist for {user} fra {address}.',
    en: 'Login refused for {user} from {address}.',
  },
  'sim.disconnect': { sv: 'Session {session} avslutad.', nb: 'Sesjon {session} avsluttet.', en: 'Session {session} ended.' },
  'sim.faultApplied': { sv: 'Fel-läge: {command}', nb: 'Feilmodus: {command}', en: 'Fault mode: {command}' },
  'sim.badCommand': {
    sv: 'Okänt kommando "{command}". Använd: fault refuse-logins|drop-mid-result|browser-silent|refuse-connections|deny-msdb|deny-server-state on|off, fault delay <ms>, clear.',
    nb: 'Ukjent kommando "{command}". Bruk: fault refuse-logins|drop-mid-result|browser-silent|refuse-connections|deny-msdb|deny-server-state on|off, fault delay <ms>, clear.',
    en: 'Unknown command "{command}". Use: fault refuse-logins|drop-mid-result|browser-silent|refuse-connections|deny-msdb|deny-server-state on|off, fault delay <ms>, clear.',
  },
  'sim.cannotListen': {
    sv: 'Kan inte lyssna på {host}:{port} ({detail}): adressen finns inte på datorn eller porten är upptagen.',
    nb: 'Kan ikke lytte på {host}:{port} ({detail}): adressen finnes ikke på maskinen eller porten er i bruk.',
    en: 'Cannot listen on {host}:{port} ({detail}): the address is not on this computer or the port is taken.',
  },
  'sim.stopped': { sv: 'Den simulerade huvudkassan har stoppats.', nb: 'Den simulerte hovedkassen er stoppet.', en: 'The simulated main till has stopped.' },
} satisfies Record<string, Translations>;
