// A fixed fleet, history and doctor verdict behind the console, for page and security tests that do
// not need the simulated main till.
import type { ActionOutcome, ConnectionView, ConsoleSource, FleetView, HistoryFilter, HistoryView } from '../../src/console/model.js';

export const FIXTURE_NOW = '2025-03-14T10:00:00.000Z';

export const fixtureFleet: FleetView = {
  poll: { state: 'ok', at: '2025-03-14T09:59:30.000Z', server: 'KASSA1\\PCKASSA' },
  tills: [
    { name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true, lastSeen: '2025-03-14T09:59:00.000Z', address: '192.168.1.10' },
    { name: 'KASSA2', role: 'sales', clientId: 2, version: '38,5', connected: true, lastSeen: '2025-03-14T09:58:00.000Z' },
    { name: 'KASSA3', role: 'sales', clientId: 3, version: '38,4', connected: false, lastSeen: '2025-03-13T17:02:00.000Z' },
    { name: 'BACKOFFICE', role: 'backoffice', clientId: 2, version: '38,05', connected: true, lastSeen: '2025-03-14T09:57:00.000Z' },
  ],
  openSince: { 'DUPLICATE_CLIENT_ID:BACKOFFICE,KASSA2': '2025-03-12T08:15:00.000Z' },
  timelines: [
    { till: 'KASSA1', spans: [{ from: '2025-03-01T08:00:00.000Z', to: '2025-03-10T21:00:00.000Z', version: '38,4' }, { from: '2025-03-10T21:00:00.000Z', version: '38,5' }] },
    { till: 'KASSA2', spans: [{ from: '2025-03-01T08:00:00.000Z', to: '2025-03-10T21:30:00.000Z', version: '38,4' }, { from: '2025-03-10T21:30:00.000Z', version: '38.5' }] },
    { till: 'KASSA3', spans: [{ from: '2025-03-01T08:00:00.000Z', to: '2025-03-13T17:02:00.000Z', version: '38,4' }] },
    { till: 'BACKOFFICE', spans: [{ from: '2025-03-12T08:15:00.000Z', to: '2025-03-12T09:00:00.000Z', version: 'okänd' }, { from: '2025-03-12T09:00:00.000Z', version: '38,05' }] },
  ],
};

const allEvents: HistoryView['events'] = [
  { at: '2025-03-10T21:00:00.000Z', till: 'KASSA1', severity: 'info', text: 'KASSA1 bytte version från 38,4 till 38,5.' },
  { at: '2025-03-10T21:30:00.000Z', till: 'KASSA2', severity: 'info', text: 'KASSA2 bytte version från 38,4 till 38,5.' },
  { at: '2025-03-12T08:15:00.000Z', till: 'BACKOFFICE', severity: 'error', text: 'BACKOFFICE och KASSA2 har samma Klient ID (2).' },
  { at: '2025-03-13T02:00:00.000Z', severity: 'warning', text: 'Huvudkassan svarade inte (3 kontroller i rad).' },
  { at: '2025-03-13T17:02:00.000Z', till: 'KASSA3', severity: 'info', text: 'KASSA3 kopplade ner.' },
];

export const fixtureHistory: HistoryView = {
  events: allEvents,
  uptime: [
    { day: '2025-03-12', share: 1, polls: 1440 },
    { day: '2025-03-13', share: 0.9875, polls: 1440 },
    { day: '2025-03-14', share: 1, polls: 600 },
  ],
  tills: ['BACKOFFICE', 'KASSA1', 'KASSA2', 'KASSA3'],
};

export const fixtureConnection: ConnectionView = {
  checkedAt: '2025-03-14T09:50:00.000Z',
  ok: false,
  summary: 'PC-Kassas anslutning (DSN) pekar på fel dator.',
  probes: [
    { name: 'Namnuppslag', state: 'ok', detail: 'KASSA1 har adressen 192.168.1.10.' },
    { name: 'SQL Server Browser', state: 'ok', detail: 'Instansen PCKASSA svarar på port 49712.' },
    { name: 'Inloggning', state: 'ok', detail: 'Inloggningen fungerar.' },
    { name: 'DSN', state: 'failed', detail: 'DSN "Nutid - PC Kassa" pekar på GAMMAL\\PCKASSA.', fix: 'Tryck på "Reparera anslutningen".' },
  ],
};

/** Records what the console asked for, so tests can check that a button did its job. */
export function fixtureSource(): ConsoleSource & { repairs: number; checks: number; lastFilter?: HistoryFilter } {
  let connection: ConnectionView | null = fixtureConnection;
  const source = {
    repairs: 0,
    checks: 0,
    lastFilter: undefined as HistoryFilter | undefined,
    fleet: async () => fixtureFleet,
    history: async (filter: HistoryFilter) => {
      source.lastFilter = filter;
      const events = allEvents.filter(
        (e) => (!filter.till || e.till === filter.till) && (!filter.from || e.at.slice(0, 10) >= filter.from) && (!filter.to || e.at.slice(0, 10) <= filter.to),
      );
      return { ...fixtureHistory, events };
    },
    connection: async () => connection,
    checkConnection: async () => {
      source.checks += 1;
      connection = { ...fixtureConnection, checkedAt: new Date().toISOString() };
      return connection;
    },
    repair: async (): Promise<ActionOutcome> => {
      source.repairs += 1;
      connection = { ...fixtureConnection, ok: true, summary: 'Anslutningen fungerar.', probes: fixtureConnection.probes.map((p) => ({ ...p, state: 'ok' as const, fix: undefined })) };
      return { ok: true, message: 'DSN "Nutid - PC Kassa" pekar nu på KASSA1\\PCKASSA.' };
    },
    // The fixture's settings files name their server; a PC without PC-Kassa's DSN.
    dsnServer: async () => null,
  };
  return source;
}
