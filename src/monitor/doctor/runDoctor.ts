// The connection doctor: diagnoses the configured server string and, when it does not work, every
// other way to write the same main till (in parallel, two rounds at most), and names the first
// that works. Total time is bounded by the probes' own timeouts.
import { isIP } from 'node:net';
import { formatServerString, type ServerAddress } from '../../core/serverString.js';
import { reachedServer, type Verdict } from '../../core/verdict.js';
import { candidateKey, nextCandidates, type CandidateOrigin, type Discovery, type RememberedMainTill } from './candidates.js';
import { diagnoseTarget, type TargetDiagnosis } from './diagnoseTarget.js';
import { DEFAULT_TIMEOUTS, type DoctorTimeouts } from './probe.js';
import { reverseLookup, systemResolver, type NameResolver } from './dnsProbe.js';
import type { Config } from '../../core/config.js';
import { timed, type ProbeRecord } from './probeRecord.js';

export interface DoctorInput {
  server: ServerAddress;
  /** Where the server string came from, for the report. */
  source?: 'server' | 'config' | 'dsn';
  dsnName?: string;
  /** Credentials, database and Browser port (`browserPort`), as the monitor uses them. */
  config: Config;
  timeouts?: Partial<DoctorTimeouts>;
  remembered?: RememberedMainTill;
  /** Name resolution seam (tests give names that resolve to their own loopback addresses). */
  resolver?: NameResolver;
  /** At most this many other candidates are tried. */
  maxCandidates?: number;
}

export interface CandidateReport {
  server: string;
  origin: CandidateOrigin;
  verdict: Verdict;
  probes: ProbeRecord[];
}

export interface DoctorReport {
  /** The server string that was checked. */
  server: string;
  source: 'server' | 'config' | 'dsn';
  dsnName?: string;
  /** The verdict for the configured server string. */
  verdict: Verdict;
  /** A server string that works (login and SELECT 1), when the configured one does not. */
  working?: string;
  /** When none works: a server string where the database answered but the login did not succeed. */
  reached?: string;
  /** The configured one first, then the others in the order they were ranked. */
  candidates: CandidateReport[];
  ms: number;
}

const ROUNDS = 2;

export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  const started = performance.now();
  const timeouts = { ...DEFAULT_TIMEOUTS, loginMs: input.config.connectTimeoutSeconds * 1000, ...input.timeouts };
  const resolver = input.resolver ?? systemResolver;
  const ctx = { resolver, browserPort: input.config.browserPort, config: input.config, timeouts };
  const budget = input.maxCandidates ?? 12;

  // The reverse lookup of an IP address runs alongside the first diagnosis: it is only needed if that fails.
  const reverseFirst = isIP(input.server.host) ? timed(() => reverseLookup(resolver, input.server.host, timeouts.dnsMs)) : undefined;
  const first = await diagnoseTarget(input.server, ctx);
  const reports: CandidateReport[] = [toReport(input.server, 'configured', first)];
  if (first.verdict.code !== 'OK') {
    const tried = new Set([candidateKey(input.server)]);
    let discoveries = [await discover(input.server, first, resolver, timeouts.dnsMs, reverseFirst)];
    const allDiscoveries = [...discoveries];
    for (let round = 0; round < ROUNDS && reports.length - 1 < budget; round += 1) {
      const candidates = nextCandidates(input.server, allDiscoveries, input.remembered ?? {}, tried).slice(0, budget - (reports.length - 1));
      if (!candidates.length) break;
      candidates.forEach((c) => tried.add(candidateKey(c.server)));
      const results = await Promise.all(candidates.map((c) => diagnoseTarget(c.server, ctx)));
      reports.push(...candidates.map((c, i) => toReport(c.server, c.origin, results[i]!)));
      if (results.some((r) => r.verdict.code === 'OK')) break;
      discoveries = await Promise.all(candidates.map((c, i) => discover(c.server, results[i]!, resolver, timeouts.dnsMs)));
      allDiscoveries.push(...discoveries);
    }
  }

  const others = reports.slice(1);
  const working = others.find((r) => r.verdict.code === 'OK')?.server;
  const reached = working || first.verdict.code === 'OK' ? undefined : reports.find((r) => reachedServer(r.verdict))?.server;
  return {
    server: formatServerString(input.server),
    source: input.source ?? 'server',
    ...(input.dsnName ? { dsnName: input.dsnName } : {}),
    verdict: first.verdict,
    ...(working ? { working } : {}),
    ...(reached && reached !== formatServerString(input.server) ? { reached } : {}),
    candidates: reports,
    ms: Math.round(performance.now() - started),
  };
}

function toReport(server: ServerAddress, origin: CandidateOrigin, diagnosis: TargetDiagnosis): CandidateReport {
  return { server: formatServerString(server), origin, verdict: diagnosis.verdict, probes: diagnosis.probes };
}

async function discover(
  server: ServerAddress,
  diagnosis: TargetDiagnosis,
  resolver: NameResolver,
  dnsMs: number,
  reverse?: Promise<{ value: string[]; ms: number }>,
): Promise<Discovery> {
  const aliases: Discovery['aliases'] = [];
  const dns = diagnosis.states.dns;
  if (dns.state === 'resolved') aliases.push(...dns.addresses.map((host) => ({ host, origin: 'dns' as const })));
  if (dns.state === 'notNeeded') {
    const { value: names, ms } = await (reverse ?? timed(() => reverseLookup(resolver, server.host, dnsMs)));
    diagnosis.probes.push({ probe: 'reverseDns', state: names.length ? 'names' : 'noName', ms, ...(names.length ? { detail: names.join(', ') } : {}) });
    aliases.push(...names.map((host) => ({ host, origin: 'reverseDns' as const })));
  }
  return {
    host: server.host,
    aliases,
    listed: diagnosis.listed,
    standardPortListens: diagnosis.states.browser?.state === 'silent' && diagnosis.states.tcp?.state === 'listening',
  };
}
