// Which server string the doctor and the repair look at: --server, else the DSN named by --dsn,
// else the settings' server, else the PC-Kassa DSN (the settings' dsnName). From a DSN it is the
// target its driver really connects to, worked out from every key that decides it.
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n.js';
import { describeServerStringProblem, requireServerString, type ServerAddress } from '../core/serverString.js';
import { notRepairable } from '../platform/dsn/dsnStore.js';
import { openDsnStore, type DsnReading, type DsnStore } from '../platform/dsn/index.js';
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

export async function doctorTarget(opts: { server?: string; dsn?: string }, config: Config): Promise<DoctorTarget> {
  if (opts.server !== undefined) return { server: requireServerString(opts.server, config.lang), source: 'server' };
  if (opts.dsn === undefined && config.server !== undefined) {
    return { server: requireServerString(config.server, config.lang), source: 'config' };
  }
  const dsnName = opts.dsn ?? config.dsnName;
  const { address } = await readDsnServer(openDsnStore(dsnName), config);
  return { server: address, source: 'dsn', dsnName };
}
