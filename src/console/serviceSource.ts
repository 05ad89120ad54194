// The console's data from the running service: the latest poll, the history, and the connection
// doctor with the DSN repair (the service's actions, so the page's repair button does what the tray's
// menu does). The views are assembled here; the pages only render them.
import type { Config } from '../core/config.js';
import { machineKey, type Till } from '../core/fleet.js';
import { t, type Lang } from '../core/i18n.js';
import type { PollResult } from '../core/poll.js';
import type { ProbeRecord } from '../monitor/doctor/index.js';
import { probeLabel, probeMark, probeStateText } from '../monitor/doctor/probeText.js';
import { checkSummary, repairOutcomeText, type ConnectionCheck, type KassavaktService } from '../service/index.js';
import type { HistoryStore } from '../store/index.js';
import { localDay } from '../store/pollCounts.js';
import { describeChange } from './eventText.js';
import type { ConnectionView, ConsoleSource, FleetView, HistoryFilter, HistoryView, ProbeView } from './model.js';
import { mainTillViewOf } from './pages/mainTillCard.js';

export function serviceSource(service: KassavaktService): ConsoleSource {
  return {
    fleet: async (lang) => fleetView(service.config(), service.cycle.latest(), service.history, lang),
    history: async (filter, lang) => historyView(service.history, filter, lang),
    connection: async (lang) => {
      const check = service.connection.latestCheck();
      return check ? connectionView(check, lang) : null;
    },
    checkConnection: async (lang) => connectionView(await service.connection.check(), lang),
    repair: async (lang) => repairOutcomeText(lang, await service.repair()),
    dsnServer: (dsnName) => service.connection.dsnServer(dsnName),
  };
}

function connectionView(check: ConnectionCheck, lang: Lang): ConnectionView {
  const probes = check.report?.candidates[0]?.probes ?? [];
  return { checkedAt: check.at, ...checkSummary(lang, check), probes: probes.map((probe) => probeView(probe, lang)) };
}

function probeView(probe: ProbeRecord, lang: Lang): ProbeView {
  return { name: probeLabel(lang, probe), state: probeMark(probe), detail: probeStateText(lang, probe) };
}

/** The overview: the latest poll's tills (else the history's), with findings' ages and version timelines. */
export function fleetView(config: Config, poll: PollResult | null, history: HistoryStore | null, lang: Lang): FleetView {
  const state = history?.state();
  const server = poll?.ok ? poll.server.machineName || config.server : config.server;
  const known: Till[] = [...(state?.tills.values() ?? [])].map((till) => ({
    name: till.name,
    role: till.role,
    connected: till.connected,
    ...(till.version !== null ? { version: till.version } : {}),
    ...(till.edition !== null ? { edition: till.edition } : {}),
    ...(till.clientId !== null ? { clientId: till.clientId } : {}),
  }));
  const openSince: Record<string, string> = {};
  for (const finding of state?.findings.values() ?? []) openSince[finding.key] = finding.since;
  const timelines = (history?.queries()?.versionTimeline() ?? []).map((line) => ({
    till: line.till,
    spans: line.intervals.map((i) => ({ from: i.from, ...(i.to ? { to: i.to } : {}), version: i.version })),
  }));
  const tills = poll?.ok ? poll.snapshot.tills : known;
  // The chart lists the tills in the table's order; tills no longer reported come last.
  const order = new Map(tills.map((till, i) => [machineKey(till.name), i]));
  timelines.sort((a, b) => (order.get(machineKey(a.till)) ?? tills.length) - (order.get(machineKey(b.till)) ?? tills.length));
  return {
    poll: !poll
      ? { state: 'never', server }
      : poll.ok
        ? { state: 'ok', at: poll.at, server }
        : { state: 'unreachable', at: poll.at, server, reason: t(lang, `unreachable.reason.${poll.reason}`) },
    tills,
    openSince,
    timelines,
    ...(poll?.ok && poll.mainTill ? { mainTill: mainTillViewOf(poll, config.health, history?.queries()?.sizeSamples() ?? [])! } : {}),
  };
}

export function historyView(history: HistoryStore | null, filter: HistoryFilter, lang: Lang): HistoryView {
  const queries = history?.queries();
  if (!queries) return { events: [], uptime: [], tills: [] };
  const until = (day: string) => !filter.to || day <= filter.to;
  const events = queries
    .events({ ...(filter.till ? { till: filter.till } : {}), ...(filter.from ? { since: localMidnight(filter.from) } : {}) })
    .filter((event) => until(localDay(Date.parse(event.at))))
    .map((event) => describeChange(event, lang))
    .reverse();
  const uptime = queries
    .uptimeByDay(filter.from ? localMidnight(filter.from) : undefined)
    .filter((day) => until(day.day))
    .map((day) => ({ day: day.day, share: day.pollsOk + day.pollsFailed > 0 ? day.availability : null, polls: day.pollsOk + day.pollsFailed }));
  const tills = [...(history?.state().tills.values() ?? [])].map((till) => till.name).sort((a, b) => a.localeCompare(b));
  return { events, uptime, tills };
}

/** The filter's days are the shop's calendar days, like the store's uptime days. */
function localMidnight(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}
