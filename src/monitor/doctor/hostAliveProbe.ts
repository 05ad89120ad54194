// Does the computer answer at all? Any TCP answer, even "refused", on ports every Windows PC has
// (SMB 445, RPC 135) proves it is on; this tells a filtered SQL port from a computer that is gone.
import type { HostState } from '../../core/verdict.js';
import { nameFailed, type Probe } from './probe.js';
import { timed } from './probeRecord.js';
import { probeTcp } from './tcpProbe.js';

export const HOST_ALIVE_PORTS = [445, 135] as const;

export async function probeHostAlive(address: string, timeoutMs: number, ports: readonly number[] = HOST_ALIVE_PORTS): Promise<HostState> {
  const states = await Promise.all(ports.map((port) => probeTcp(address, port, timeoutMs)));
  if (states.some((s) => s.state === 'listening' || s.state === 'refused')) return { state: 'answers' };
  const unreachable = states.find((s) => s.state === 'unreachable');
  return unreachable?.state === 'unreachable' ? { state: 'unreachable', code: unreachable.code } : { state: 'silent' };
}

export const hostAliveProbe: Probe = {
  applies: (seen) => !nameFailed(seen),
  async check(seen, ctx) {
    const alive = await timed(() => probeHostAlive(seen.address!, ctx.timeouts.tcpMs));
    return { records: [{ probe: 'hostAlive', state: alive.value.state, ms: alive.ms }], states: { hostAlive: alive.value } };
  },
};
