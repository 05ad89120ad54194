// What each probe reports for the doctor's output: which probe, the state it saw, how long it took.
import type { BrowserState, DnsState, HostState, LoginState, QueryState, TcpState } from '../../core/verdict.js';

export type ProbeName = 'dns' | 'reverseDns' | 'browser' | 'tcp' | 'hostAlive' | 'login' | 'query';

export type ProbeState =
  | DnsState['state']
  | TcpState['state']
  | BrowserState['state']
  | HostState['state']
  | LoginState['state']
  | QueryState['state']
  | 'names'
  | 'noName';

export interface ProbeRecord {
  probe: ProbeName;
  /** The probe's state word: resolved, listening, refused, filtered, found, silent, ok, failed… */
  state: ProbeState;
  ms: number;
  port?: number;
  instance?: string;
  /** Addresses, names, instances, or an error number: never a password. */
  detail?: string;
}

/** Runs a probe and measures it. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

/** Resolves with the fallback when the work takes longer than ms (the work itself is left to finish). */
export function withTimeout<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
