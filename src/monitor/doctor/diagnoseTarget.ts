// Runs the probes for one server string in the order a connection meets them, as a table of steps:
// the name, then at once the Browser, whether the computer answers and port 1433, then the instance's
// port, then login and SELECT 1. Each probe says itself whether the steps before leave it a way through.
import type { ServerAddress } from '../../core/serverString.js';
import { judgeTarget, type TargetStates, type Verdict } from '../../core/verdict.js';
import type { BrowserInstance } from './browserClient.js';
import { browserProbe } from './browserProbe.js';
import { nameProbe } from './dnsProbe.js';
import { hostAliveProbe } from './hostAliveProbe.js';
import { loginProbe } from './loginProbe.js';
import type { Probe, ProbeContext, Seen, Sighting } from './probe.js';
import type { ProbeRecord } from './probeRecord.js';
import { instancePortProbe, standardPortProbe } from './tcpProbe.js';

/** The steps in order; the probes of one step run at the same time. */
const STEPS: readonly (readonly Probe[])[] = [
  [nameProbe],
  [browserProbe, hostAliveProbe, standardPortProbe],
  [instancePortProbe],
  [loginProbe],
];

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
  const instance = target.instance ? { instance: target.instance } : {};
  const seen: Seen = { target, states: { host: target.host, ...instance, dns: { state: 'notNeeded' } }, listed: [] };
  const probes: ProbeRecord[] = [];
  for (const step of STEPS) {
    const running = step.filter((probe) => probe.applies(seen));
    // Their sightings are added in the table's order, so the report reads the same every time.
    const sightings = await Promise.all(running.map((probe) => probe.check(seen, ctx)));
    for (const sighting of sightings) probes.push(...add(seen, sighting));
  }
  return {
    verdict: judgeTarget(seen.states),
    states: seen.states,
    probes,
    ...(seen.address ? { address: seen.address } : {}),
    listed: seen.listed,
  };
}

function add(seen: Seen, sighting: Sighting): ProbeRecord[] {
  Object.assign(seen.states, sighting.states);
  Object.assign(seen, sighting.facts);
  return sighting.records;
}
