// What every probe of the doctor shares, as Uptime Kuma's monitor types share one check(): what has been
// seen of the target so far, and one small object per probe that says whether it has anything to do
// and then looks. diagnoseTarget runs them as a table of steps.
import type { Config } from '../../core/config.js';
import type { ServerAddress } from '../../core/serverString.js';
import type { TargetStates, TcpState } from '../../core/verdict.js';
import type { BrowserInstance } from './browserClient.js';
import type { NameResolver } from './dnsProbe.js';
import type { ProbeRecord } from './probeRecord.js';

export interface DoctorTimeouts {
  dnsMs: number;
  tcpMs: number;
  browserMs: number;
  loginMs: number;
  queryMs: number;
}

export const DEFAULT_TIMEOUTS: DoctorTimeouts = { dnsMs: 2000, tcpMs: 2000, browserMs: 1500, loginMs: 5000, queryMs: 5000 };

export interface ProbeContext {
  resolver: NameResolver;
  browserPort: number;
  /** Credentials and database, as the monitor uses them. */
  config: Config;
  timeouts: DoctorTimeouts;
}

/** What the probes have seen of one server string so far. */
export interface Seen {
  target: ServerAddress;
  states: TargetStates;
  /** The address the later probes use (the first the name resolved to). */
  address?: string;
  /** Instances the Browser listed there, with their ports and the computer's own name. */
  listed: BrowserInstance[];
  /** Port 1433, looked at alongside the Browser (the instance's port when the Browser is silent). */
  standardPort?: { value: TcpState; ms: number };
}

/** What one probe saw: lines for the report, and the facts it adds for the probes after it. */
export interface Sighting {
  records: ProbeRecord[];
  states?: Partial<TargetStates>;
  facts?: Partial<Pick<Seen, 'address' | 'listed' | 'standardPort'>>;
}

export interface Probe {
  /** Whether the probe has anything to do, given what the probes before it saw. */
  applies(seen: Readonly<Seen>): boolean;
  check(seen: Readonly<Seen>, ctx: ProbeContext): Promise<Sighting>;
}

/** The Browser is asked only for a named instance without a port (HOST\INSTANCE). */
export function asksBrowser(target: ServerAddress): boolean {
  return target.instance !== undefined && target.port === undefined;
}

/** The name did not resolve: nothing else can be looked at. */
export function nameFailed(seen: Readonly<Seen>): boolean {
  return seen.states.dns.state === 'failed';
}
