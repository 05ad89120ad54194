// Which server string the doctor and the repair look at: --server, else the DSN named by --dsn,
// else the settings' server, else the PC-Kassa DSN (the settings' dsnName).
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n.js';
import { requireServerString, type ServerAddress } from '../core/serverString.js';
import { openDsnStore, type DsnReading, type DsnStore } from '../platform/dsn/index.js';
import { dsnUserError } from './doctorReport.js';

export interface DoctorTarget {
  server: ServerAddress;
  source: 'server' | 'config' | 'dsn';
  dsnName?: string;
}

/** The DSN's Server field, parsed; a missing DSN or an empty or invalid field is a user error. */
export async function readDsnServer(store: DsnStore, config: Config): Promise<{ address: ServerAddress; reading: DsnReading }> {
  let reading;
  try {
    reading = await store.read();
  } catch (error) {
    throw dsnUserError(config.lang, error);
  }
  if (reading.server === null || reading.server.trim() === '') throw new UserError(t(config.lang, 'doctor.noServer'));
  return { address: requireServerString(reading.server, config.lang), reading };
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
