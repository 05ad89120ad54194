// The console's data from the running parts: the latest poll (the monitor's PollResult), the history
// (the store) and the connection doctor with the DSN repair. The tray and `kassavakt console` both
// build their ConsoleSource here, so the page's repair button does what the tray's menu does.
import type { Config } from '../core/config.js';
import { machineKey, type Till } from '../core/fleet.js';
import { t, type Lang } from '../core/i18n.js';
import type { PollResult } from '../core/poll.js';
import { parseServerString, type ServerAddress } from '../core/serverString.js';
import { describeVerdict } from '../core/verdict.js';
import { runDoctor, type DoctorReport, type ProbeRecord } from '../monitor/doctor/index.js';
import { probeLabel, probeMark, probeStateText } from '../monitor/doctor/probeText.js';
import { DsnError, dsnServer, openDsnStore, type DsnStore } from '../platform/dsn/index.js';
import { dsnErrorText, repairResultText } from '../platform/dsn/repairText.js';
import { repairDsn } from '../platform/dsn/repair.js';
import type { HistoryStore } from '../store/index.js';
import { localDay } from '../store/pollCounts.js';
import { describeChange } from './eventText.js';
import type { ActionOutcome, ConnectionView, ConsoleSource, FleetView, HistoryFilter, HistoryView, ProbeView } from './model.js';

export interface LiveSourceOptions {
  /** The settings now in force (re-read after the settings page saved). */
  config: () => Config;
  /** The latest poll, null before the first one finished. */
  lastPoll: () => PollResult | null;
  history: HistoryStore | null;
  dataDir: string;
  /** The DSN back-end (tests give one over a temporary odbc.ini). */
  dsnStore?: (dsnName: string) => DsnStore;
  /** Overrides for the doctor (tests: the sim's Browser port, name resolution). */
  doctor?: Partial<Parameters<typeof runDoctor>[0]>;
  clock?: () => Date;
}

export function liveSource(options: LiveSourceOptions): ConsoleSource {
  const clock = options.clock ?? (() => new Date());
  const dsnStore = options.dsnStore ?? ((name: string) => openDsnStore(name));
  let lastCheck: { at: string; report: DoctorReport | null } | null = null;

  const serverToCheck = async (config: Config): Promise<{ server: ServerAddress; source: 'config' | 'dsn' } | null> => {
    const fromText = (text: string | null | undefined) => {
      const parsed = text ? parseServerString(text) : null;
      return parsed?.ok ? parsed.server : null;
    };
    const configured = fromText(config.server);
    if (configured) return { server: configured, source: 'config' };
    const fromDsn = fromText(await dsnServer(dsnStore(config.dsnName)));
    return fromDsn ? { server: fromDsn, source: 'dsn' } : null;
  };

  const diagnose = async (): Promise<DoctorReport | null> => {
    const config = options.config();
    const target = await serverToCheck(config);
    const report = target ? await runDoctor({ ...target, dsnName: config.dsnName, config, ...options.doctor }) : null;
    lastCheck = { at: clock().toISOString(), report };
    return report;
  };

  const connectionView = (lang: Lang): ConnectionView | null => {
    if (!lastCheck) return null;
    const { at, report } = lastCheck;
    if (!report) return { checkedAt: at, ok: false, summary: t(lang, 'doctor.noServer'), probes: [] };
    const text = describeVerdict(lang, report.verdict, report.working);
    const probes = report.candidates[0]?.probes ?? [];
    return {
      checkedAt: at,
      ok: report.verdict.code === 'OK',
      summary: report.verdict.code === 'OK' ? text.explanation : `${text.explanation} ${text.fix}`,
      probes: probes.map((probe) => probeView(probe, lang)),
    };
  };

  return {
    fleet: async (lang) => fleetView(options, lang),
    history: async (filter, lang) => historyView(options.history, filter, lang),
    connection: async (lang) => connectionView(lang),
    checkConnection: async (lang) => {
      await diagnose();
      return connectionView(lang)!;
    },
    repair: async (lang): Promise<ActionOutcome> => {
      const report = await diagnose();
      const config = options.config();
      if (!report) return { ok: false, message: t(lang, 'doctor.noServer') };
      const target = report.verdict.code === 'OK' ? report.server : report.working;
      if (!target) {
        const reached = report.reached ? ` ${t(lang, 'repair.reachedOnly', { server: report.reached })}` : '';
        return { ok: false, message: `${t(lang, 'repair.nothingFound')}${reached}` };
      }
      try {
        // Written only if the doctor then finds the DSN's new target working; else rolled back.
        const verify = async (server: ServerAddress) =>
          (await runDoctor({ config, ...options.doctor, server, maxCandidates: 0 })).verdict.code === 'OK';
        const result = await repairDsn(dsnStore(config.dsnName), target, options.dataDir, { verify });
        return { ok: true, message: repairResultText(lang, result) };
      } catch (error) {
        if (!(error instanceof DsnError)) throw error;
        return { ok: false, message: dsnErrorText(lang, error) };
      }
    },
  };
}

function probeView(probe: ProbeRecord, lang: Lang): ProbeView {
  return { name: probeLabel(lang, probe), state: probeMark(probe), detail: probeStateText(lang, probe) };
}

function fleetView(options: LiveSourceOptions, lang: Lang): FleetView {
  const poll = options.lastPoll();
  const state = options.history?.state();
  const config = options.config();
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
  const timelines = (options.history?.queries()?.versionTimeline() ?? []).map((line) => ({
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
  };
}

function historyView(history: HistoryStore | null, filter: HistoryFilter, lang: Lang): HistoryView {
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
