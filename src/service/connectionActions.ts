// The connection doctor and the DSN repair as the actions the tray, the overview page and the CLI share,
// with the one repair policy: the DSN PC-Kassa uses is diagnosed, and only a server string the doctor
// found is written to it. The repair is written from here and nowhere else.
import type { Config } from '../core/config.js';
import { t, type Lang } from '../core/i18n.js';
import type { PollSuccess } from '../core/poll.js';
import { parseServerString, type ServerAddress } from '../core/serverString.js';
import { describeVerdict } from '../core/verdict.js';
import { runDoctor, type DoctorInput, type DoctorReport, type RememberedMainTill } from '../monitor/doctor/index.js';
import { DsnError, dsnServer, openDsnStore, type DsnStore } from '../platform/dsn/index.js';
import { repairDsn, type RepairResult } from '../platform/dsn/repair.js';
import { dsnErrorText, repairResultText } from '../platform/dsn/repairText.js';

/** What a repair would do, decided from the doctor's report on the server the DSN holds. */
export type RepairPlan =
  | { action: 'none'; reason: 'works' | 'nothingFound' }
  /** `loginProven`: Kassavakt logged in there; otherwise only the database answered (PC-Kassa's own login may differ). */
  | { action: 'write'; server: string; loginProven: boolean };

/** The one repair policy: nothing when the DSN's server works, else the server that works, else the one where the database answered. */
export function repairPlan(report: DoctorReport): RepairPlan {
  if (report.verdict.code === 'OK') return { action: 'none', reason: 'works' };
  if (report.working) return { action: 'write', server: report.working, loginProven: true };
  if (report.reached) return { action: 'write', server: report.reached, loginProven: false };
  return { action: 'none', reason: 'nothingFound' };
}

/** Writes the server into the DSN (backup first, read back after): the only place a repair is written. */
export function applyRepair(store: DsnStore, server: string, dataDir: string): Promise<RepairResult> {
  return repairDsn(store, server, dataDir);
}

/** One run of the doctor: when, and its report; null when there was no server to check. */
export interface ConnectionCheck {
  at: string;
  report: DoctorReport | null;
}

export type RepairOutcome =
  | { kind: 'noServer' }
  | { kind: 'works'; server: string }
  | { kind: 'nothingFound' }
  | { kind: 'repaired'; result: RepairResult; loginProven: boolean }
  | { kind: 'failed'; error: DsnError };

export interface ConnectionActionsOptions {
  /** The settings now in force. */
  config: () => Config;
  dataDir: string;
  /** The main till as last seen: the doctor tries its name and address too. */
  lastGood: () => PollSuccess | null;
  /** The DSN back-end (tests give one over a temporary odbc.ini). */
  dsnStore?: (dsnName: string) => DsnStore;
  /** Overrides for the doctor (tests: name resolution, timeouts). */
  doctor?: Partial<DoctorInput>;
  clock?: () => Date;
}

export class ConnectionActions {
  private last: ConnectionCheck | null = null;
  private readonly dsnStore: (dsnName: string) => DsnStore;
  private readonly clock: () => Date;

  constructor(private readonly options: ConnectionActionsOptions) {
    this.dsnStore = options.dsnStore ?? ((name) => openDsnStore(name));
    this.clock = options.clock ?? (() => new Date());
  }

  /** The latest check, null when the doctor has not run yet. */
  latestCheck(): ConnectionCheck | null {
    return this.last;
  }

  /** Runs the doctor on the server Kassavakt polls: the settings' server, else the DSN's. */
  async check(): Promise<ConnectionCheck> {
    const config = this.options.config();
    const configured = parsed(config.server);
    const target = configured ? { server: configured, source: 'config' as const } : await this.dsnTarget(config);
    const report = target ? await this.diagnose(target.server, target.source, config) : null;
    this.last = { at: this.clock().toISOString(), report };
    return this.last;
  }

  /** Diagnoses the DSN's server (else the settings') and writes what the repair policy says. */
  async repair(): Promise<RepairOutcome> {
    const config = this.options.config();
    let target: { server: ServerAddress; source: 'dsn' | 'config' } | null;
    try {
      target = (await this.dsnTarget(config, true)) ?? (parsed(config.server) ? { server: parsed(config.server)!, source: 'config' } : null);
    } catch (error) {
      if (error instanceof DsnError) return { kind: 'failed', error };
      throw error;
    }
    if (!target) return { kind: 'noServer' };
    const report = await this.diagnose(target.server, target.source, config);
    const plan = repairPlan(report);
    if (plan.action === 'none') return plan.reason === 'works' ? { kind: 'works', server: report.server } : { kind: 'nothingFound' };
    try {
      const result = await applyRepair(this.dsnStore(config.dsnName), plan.server, this.options.dataDir);
      return { kind: 'repaired', result, loginProven: plan.loginProven };
    } catch (error) {
      if (error instanceof DsnError) return { kind: 'failed', error };
      throw error;
    }
  }

  /** The DSN's server; `strict`: a DSN that cannot be read is an error, not "no server". */
  private async dsnTarget(config: Config, strict = false): Promise<{ server: ServerAddress; source: 'dsn' } | null> {
    const store = this.dsnStore(config.dsnName);
    const text = strict ? (await store.read()).server?.trim() : await dsnServer(store);
    const server = parsed(text);
    return server ? { server, source: 'dsn' } : null;
  }

  private diagnose(server: ServerAddress, source: 'config' | 'dsn', config: Config): Promise<DoctorReport> {
    return runDoctor({ server, source, dsnName: config.dsnName, config, remembered: this.remembered(config), ...this.options.doctor });
  }

  private remembered(config: Config): RememberedMainTill {
    const poll = this.options.lastGood();
    const address = parsed(config.server)?.host;
    return { ...(poll?.server.machineName ? { machineName: poll.server.machineName } : {}), ...(address ? { address } : {}) };
  }
}

function parsed(text: string | null | undefined): ServerAddress | null {
  const result = text ? parseServerString(text) : null;
  return result?.ok ? result.server : null;
}

/**
 * The check in one line for the page and the "svarar inte" notice: what is wrong and what to do (no
 * command-line options: the page and the tray point to Inställningar).
 */
export function checkSummary(lang: Lang, check: ConnectionCheck): { ok: boolean; summary: string } {
  const { report } = check;
  if (!report) return { ok: false, summary: t(lang, 'doctor.noServerInSettings') };
  const text = describeVerdict(lang, report.verdict, report.working);
  const ok = report.verdict.code === 'OK';
  return { ok, summary: ok ? text.explanation : `${text.explanation} ${text.fix}` };
}

/** The repair's outcome in the user's words, for the page and the tray's notification. */
export function repairOutcomeText(lang: Lang, outcome: RepairOutcome): { ok: boolean; message: string } {
  switch (outcome.kind) {
    case 'noServer':
      return { ok: false, message: t(lang, 'doctor.noServerInSettings') };
    case 'works':
      return { ok: true, message: t(lang, 'repair.alreadyWorks') };
    case 'nothingFound':
      return { ok: false, message: t(lang, 'repair.nothingFound') };
    case 'failed':
      return { ok: false, message: dsnErrorText(lang, outcome.error) };
    case 'repaired': {
      const done = repairResultText(lang, outcome.result);
      const note = outcome.loginProven ? '' : ` ${t(lang, 'repair.reachedOnly', { server: outcome.result.current ?? '' })}`;
      return { ok: true, message: `${done}${note}` };
    }
  }
}
