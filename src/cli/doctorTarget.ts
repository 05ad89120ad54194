// Which server string the doctor and the repair look at: --server, else the DSN named by --dsn,
// else the settings' server, else the PC-Kassa DSN (the settings' dsnName). From a DSN it is the
// target its driver really connects to, worked out from every key that decides it.
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n.js';
import { describeServerStringProblem, requireServerString, type ServerAddress } from '../core/serverString.js';
import { reachedServer } from '../core/verdict.js';
import { runDoctor, type DoctorReport } from '../monitor/doctor/index.js';
import { notRepairable } from '../platform/dsn/dsnStore.js';
import { openDsnStore, type DsnReading, type DsnStore, type DsnTarget } from '../platform/dsn/index.js';
import type { VerifyTarget } from '../platform/dsn/repair.js';
import { dsnUserError } from './doctorReport.js';

export interface DoctorTarget {
  server: ServerAddress;
  source: 'server' | 'config' | 'dsn';
  dsnName?: string;
}

/** Where the DSN's driver connects; a missing DSN, no server, an invalid value or a target decided elsewhere is a user error. */
export async function readDsnServer(store: DsnStore, config: Config): Promise<{ address: ServerAddress; reading: DsnReading }> {
  let reading;
  try {
    reading = await store.read();
  } catch (error) {
    throw dsnUserError(config.lang, error);
  }
  const { target } = reading;
  switch (target.kind) {
    case 'server':
      return { address: target.server, reading };
    case 'none':
      throw new UserError(t(config.lang, 'doctor.noServer'));
    case 'invalid':
      if (target.key === 'Server') requireServerString(target.value, config.lang);
      throw new UserError(describeServerStringProblem(config.lang, target.problem, `${target.key} = ${target.value}`));
    case 'elsewhere':
      throw dsnUserError(config.lang, notRepairable(store.dsnName, target));
  }
}

export interface RepairProposal {
  /** The server string to write. */
  server: string;
  /** Whether Kassavakt's login worked there; else only the database answered. */
  works: boolean;
}

function proposalIn(report: DoctorReport): RepairProposal | undefined {
  if (report.verdict.code === 'OK') return undefined;
  if (report.working) return { server: report.working, works: true };
  return report.reached ? { server: report.reached, works: false } : undefined;
}

/**
 * What the repair would write, from the doctor's report on where the DSN's driver connects: a server
 * string that works, else one where the database answered. When that finds neither, the doctor looks
 * again from where the DSN's Server value points, if other keys send the driver elsewhere (a Port key
 * hiding its instance, a client alias).
 */
export async function repairProposal(report: DoctorReport, target: DsnTarget, config: Config): Promise<RepairProposal | undefined> {
  const found = proposalIn(report);
  if (found || report.verdict.code === 'OK' || target.kind !== 'server' || !target.named) return found;
  const named = await runDoctor({ server: target.named, source: 'dsn', config });
  if (named.verdict.code === 'OK') return { server: named.server, works: true };
  return proposalIn(named) ?? (reachedServer(named.verdict) ? { server: named.server, works: false } : undefined);
}

/**
 * The repair's check after writing: the doctor on the DSN's new target alone. It must work as well as
 * the doctor promised: log in (`works`), or, for a server where only the database answered, answer.
 */
export function doctorVerify(config: Config, expect: 'works' | 'answers'): VerifyTarget {
  return async (server) => {
    const report = await runDoctor({ server, source: 'dsn', config, maxCandidates: 0 });
    return expect === 'works' ? report.verdict.code === 'OK' : reachedServer(report.verdict);
  };
}

export async function doctorTarget(opts: { server?: string; dsn?: string }, config: Config): Promise<DoctorTarget> {
  if (opts.server !== undefined) return { server: requireServerString(opts.server, config.lang), source: 'server' };
  if (opts.dsn === undefined && config.server !== undefined) {
    return { server: requireServerString(config.server, config.lang), source: 'config' };
  }
  const dsnName = opts.dsn ?? config.dsnName;
  const { address } = await readDsnServer(openDsnStore(dsnName), config);
  return { server: address, source: 'dsn', dsnName };
}
