// Runs the probes for one server string in the order a connection meets them: the name, then (in
// parallel) the Browser, the port and whether the computer answers at all, then login and SELECT 1.
// A later probe runs only when the earlier ones leave a way through.
import type { Config } from '../../core/config.js';
import { DEFAULT_SQL_PORT, type ServerAddress } from '../../core/serverString.js';
import { judgeTarget, type BrowserState, type TargetStates, type TcpState, type Verdict } from '../../core/verdict.js';
import type { BrowserInstance } from './browserClient.js';
import { probeBrowser } from './browserProbe.js';
import { resolveName, type NameResolver } from './dnsProbe.js';
import { probeHostAlive } from './hostAliveProbe.js';
import { probeLogin } from './loginProbe.js';
import { timed, type ProbeRecord } from './probeRecord.js';
import { probeTcp } from './tcpProbe.js';

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

export interface TargetDiagnosis {
  verdict: Verdict;
  states: TargetStates;
  probes: ProbeRecord[];
  /** The address the probes used (the first the name resolved to). */
  address?: string;
  /** Instances the Browser listed there, with their ports and the computer's own name. */
  listed: BrowserInstance[];
}

export async function diagnoseTarget(target: ServerAddress, ctx: ProbeContext): Promise<TargetDiagnosis> {
  const probes: ProbeRecord[] = [];
  const states: TargetStates = { host: target.host, ...(target.instance ? { instance: target.instance } : {}), dns: { state: 'notNeeded' } };
  const finish = (address?: string, listed: BrowserInstance[] = []): TargetDiagnosis => ({
    verdict: judgeTarget(states),
    states,
    probes,
    ...(address ? { address } : {}),
    listed,
  });

  const dns = await timed(() => resolveName(ctx.resolver, target.host, ctx.timeouts.dnsMs));
  states.dns = dns.value;
  if (dns.value.state !== 'notNeeded') {
    probes.push({
      probe: 'dns',
      state: dns.value.state,
      ms: dns.ms,
      detail: dns.value.state === 'resolved' ? dns.value.addresses.join(', ') : dns.value.code,
    });
  }
  if (dns.value.state === 'failed') return finish();
  const address = dns.value.state === 'resolved' ? dns.value.addresses[0]! : target.host;

  const askBrowser = target.instance !== undefined && target.port === undefined;
  const [browser, alive, standardPort] = await Promise.all([
    askBrowser ? timed(() => probeBrowser(address, target.instance!, ctx.browserPort, ctx.timeouts.browserMs)) : undefined,
    timed(() => probeHostAlive(address, ctx.timeouts.tcpMs)),
    askBrowser || target.port === undefined ? timed(() => probeTcp(address, DEFAULT_SQL_PORT, ctx.timeouts.tcpMs)) : undefined,
  ]);
  let listed: BrowserInstance[] = [];
  if (browser) {
    states.browser = browser.value.state;
    listed = browser.value.listed;
    probes.push(browserRecord(browser.value.state, target.instance!, ctx.browserPort, browser.ms));
  }
  states.hostAlive = alive.value;
  probes.push({ probe: 'hostAlive', state: alive.value.state, ms: alive.ms });

  const port = target.port ?? portFromBrowser(states.browser) ?? (askBrowser && states.browser?.state !== 'silent' ? undefined : DEFAULT_SQL_PORT);
  if (port === undefined) return finish(address, listed);
  const tcp: { value: TcpState; ms: number } =
    port === DEFAULT_SQL_PORT && standardPort ? standardPort : await timed(() => probeTcp(address, port, ctx.timeouts.tcpMs));
  states.tcp = tcp.value;
  probes.push({ probe: 'tcp', state: tcp.value.state, ms: tcp.ms, port, ...(tcp.value.state === 'unreachable' ? { detail: tcp.value.code } : {}) });

  // Without the Browser, the instance behind port 1433 is not known to be the one asked for.
  if (tcp.value.state !== 'listening' || states.browser?.state === 'silent') return finish(address, listed);
  const login = await probeLogin(address, port, ctx.config, ctx.timeouts);
  states.login = login.login;
  probes.push({
    probe: 'login',
    state: login.login.state,
    ms: login.loginMs,
    port,
    ...loginDetail(login.login),
  });
  if (login.query) {
    states.query = login.query;
    probes.push({ probe: 'query', state: login.query.state, ms: login.queryMs ?? 0, ...(login.query.state === 'failed' ? { detail: login.query.detail } : {}) });
  }
  return finish(address, listed);
}

function portFromBrowser(browser: BrowserState | undefined): number | undefined {
  return browser?.state === 'found' ? browser.port : undefined;
}

function browserRecord(state: BrowserState, instance: string, browserPort: number, ms: number): ProbeRecord {
  const record: ProbeRecord = { probe: 'browser', state: state.state, ms, port: browserPort, instance };
  if (state.state === 'found') return { ...record, detail: String(state.port) };
  if (state.state === 'notFound' || state.state === 'foundWithoutTcp') return { ...record, detail: state.instances.join(', ') };
  return state.refused ? { ...record, detail: 'ICMP' } : record;
}

function loginDetail(login: TargetStates['login']): { detail?: string } {
  if (login?.state === 'failed') return { detail: login.number ? `SQL ${login.number}` : 'ELOGIN' };
  if (login?.state === 'databaseMissing') return { detail: login.database };
  if (login?.state === 'error') return { detail: login.detail };
  return {};
}
