// The connection doctor and the DSN repair as the actions the tray, the overview page and the CLI share,
// with the one repair policy: where the DSN PC-Kassa uses really connects is diagnosed, only a server
// string the doctor found is written to it, and the doctor checks it after. The repair is written from
// here and nowhere else.
import type { Config } from '../core/config.js';
import { t, type Lang } from '../core/i18n.js';
import type { PollSuccess } from '../core/poll.js';
import { parseServerString, type ServerAddress } from '../core/serverString.js';
import { describeVerdict, reachedServer } from '../core/verdict.js';
import { runDoctor, type DoctorReport, type RememberedMainTill } from '../monitor/doctor/index.js';
import { notRepairable } from '../platform/dsn/dsnStore.js';
import { DsnError, dsnServer, openDsnStore, type DsnStore } from '../platform/dsn/index.js';
import { repairDsn, type RepairResult, type VerifyTarget } from '../platform/dsn/repair.js';
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

/**
 * The policy, looking further when it finds nothing where the DSN's driver connects but the DSN's
 * Server value names the main till another way (`named`: a Port key hiding its instance, an alias):
 * then the doctor looks from there, and that server itself counts when it works or answers.
 */
export async function repairPlanFrom(
  report: DoctorReport,
  named: ServerAddress | undefined,
  diagnose: (server: ServerAddress) => Promise<DoctorReport>,
): Promise<RepairPlan> {
  const plan = repairPlan(report);
  if (plan.action === 'write' || plan.reason === 'works' || !named) return plan;
  const fromNamed = await diagnose(named);
  if (fromNamed.verdict.code === 'OK') return { action: 'write', server: fromNamed.server, loginProven: true };
  const further = repairPlan(fromNamed);
  if (further.action === 'write') return further;
  return reachedServer(fromNamed.verdict) ? { action: 'write', server: fromNamed.server, loginProven: false } : plan;
}

/**
 * The check after writing: the doctor on the DSN's new target alone (`diagnose`), which must do what
 * the plan promised: log in (`loginProven`), or at least reach the database.
 */
export function verifyWithDoctor(diagnose: (server: ServerAddress) => Promise<DoctorReport>, loginProven: boolean): VerifyTarget {
  return async (server) => {
    const { verdict } = await diagnose(server);
    return loginProven ? verdict.code === 'OK' : reachedServer(verdict);
  };
}

/** Writes the server into the DSN (backup first, read back and `verify` after, rolled back when it fails): the only place a repair is written. */
export function applyRepair(store: DsnStore, server: string, dataDir: string, verify: VerifyTarget): Promise<RepairResult> {
  return repairDsn(store, server, dataDir, { verify });
}

/**
 * The server PC-Kassa's DSN `dsnName` leads to; null when the DSN is missing, cannot be read or leads to
 * no server Kassavakt can name. Also before a service runs: the tray polls it while the settings name none.
 */
export function readDsnServer(dsnName: string, dsnStore: (dsnName: string) => DsnStore = openDsnStore): Promise<string | null> {
  return dsnServer(dsnStore(dsnName));
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
}

export class ConnectionActions {
  private last: ConnectionCheck | null = null;
  private readonly dsnStore: (dsnName: string) => DsnStore;

  constructor(private readonly options: ConnectionActionsOptions) {
    this.dsnStore = options.dsnStore ?? ((name) => openDsnStore(name));
  }

  /** readDsnServer through this service's DSN back-end. */
  dsnServer(dsnName: string): Promise<string | null> {
    return readDsnServer(dsnName, this.dsnStore);
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
    this.last = { at: new Date().toISOString(), report };
    return this.last;
  }

  /** Diagnoses the DSN's server (else the settings') and writes what the repair policy says. */
  async repair(): Promise<RepairOutcome> {
    const config = this.options.config();
    let target: { server: ServerAddress; source: 'dsn' | 'config'; named?: ServerAddress } | null;
    try {
      target = (await this.dsnTarget(config, true)) ?? (parsed(config.server) ? { server: parsed(config.server)!, source: 'config' } : null);
    } catch (error) {
      if (error instanceof DsnError) return { kind: 'failed', error };
      throw error;
    }
    if (!target) return { kind: 'noServer' };
    const report = await this.diagnose(target.server, target.source, config);
    const alone = (server: ServerAddress) => this.diagnose(server, 'dsn', config, 0);
    const plan = await repairPlanFrom(report, target.named, (server) => this.diagnose(server, 'dsn', config));
    if (plan.action === 'none') return plan.reason === 'works' ? { kind: 'works', server: report.server } : { kind: 'nothingFound' };
    try {
      const result = await applyRepair(this.dsnStore(config.dsnName), plan.server, this.options.dataDir, verifyWithDoctor(alone, plan.loginProven));
      return { kind: 'repaired', result, loginProven: plan.loginProven };
    } catch (error) {
      if (error instanceof DsnError) return { kind: 'failed', error };
      throw error;
    }
  }

  /**
   * Where the DSN's driver connects; `strict`: a DSN that cannot be read, or whose target is decided
   * where Kassavakt does not edit, is an error, not "no server".
   */
  private async dsnTarget(config: Config, strict = false): Promise<{ server: ServerAddress; source: 'dsn'; named?: ServerAddress } | null> {
    const store = this.dsnStore(config.dsnName);
    if (!strict) {
      const server = parsed(await dsnServer(store));
      return server ? { server, source: 'dsn' } : null;
    }
    const { target } = await store.read();
    if (target.kind === 'elsewhere') throw notRepairable(store.dsnName, target);
    if (target.kind !== 'server') return null;
    return { server: target.server, source: 'dsn', ...(target.named ? { named: target.named } : {}) };
  }

  /** `maxCandidates` 0: this server alone, as the check after a repair asks. */
  private diagnose(server: ServerAddress, source: 'config' | 'dsn', config: Config, maxCandidates?: number): Promise<DoctorReport> {
    return runDoctor({
      server,
      source,
      dsnName: config.dsnName,
      config,
      remembered: this.remembered(config),
      ...(maxCandidates !== undefined ? { maxCandidates } : {}),
    });
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
