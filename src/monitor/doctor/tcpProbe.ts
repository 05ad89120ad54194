// TCP connect to one port, reported as PortQry does: listening, not listening (refused), filtered
// (no answer before the timeout), or unreachable (the OS has no route to the host).
import { connect } from 'node:net';
import { DEFAULT_SQL_PORT } from '../../core/serverString.js';
import type { TcpState } from '../../core/verdict.js';
import { asksBrowser, nameFailed, type Probe, type Seen } from './probe.js';
import { timed } from './probeRecord.js';

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL']);

export function probeTcp(address: string, port: number, timeoutMs: number): Promise<TcpState> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port });
    const finish = (state: TcpState) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(state);
    };
    const timer = setTimeout(() => finish({ state: 'filtered', port }), timeoutMs);
    socket.once('connect', () => finish({ state: 'listening', port }));
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? 'ERROR';
      if (code === 'ECONNREFUSED') finish({ state: 'refused', port });
      else if (UNREACHABLE.has(code)) finish({ state: 'unreachable', port, code });
      else finish({ state: 'filtered', port });
    });
  });
}

/** Port 1433, looked at alongside the Browser: the instance's port when the Browser is silent or none is named. */
export const standardPortProbe: Probe = {
  applies: (seen) => !nameFailed(seen) && (asksBrowser(seen.target) || seen.target.port === undefined),
  async check(seen, ctx) {
    const standardPort = await timed(() => probeTcp(seen.address!, DEFAULT_SQL_PORT, ctx.timeouts.tcpMs));
    return { records: [], facts: { standardPort } };
  },
};

/** The port the instance listens on: the one given, the Browser's, or 1433 (then already looked at). */
export const instancePortProbe: Probe = {
  applies: (seen) => !nameFailed(seen) && instancePort(seen) !== undefined,
  async check(seen, ctx) {
    const port = instancePort(seen)!;
    const tcp = port === DEFAULT_SQL_PORT && seen.standardPort ? seen.standardPort : await timed(() => probeTcp(seen.address!, port, ctx.timeouts.tcpMs));
    const detail = tcp.value.state === 'unreachable' ? { detail: tcp.value.code } : {};
    return { records: [{ probe: 'tcp', state: tcp.value.state, ms: tcp.ms, port, ...detail }], states: { tcp: tcp.value } };
  },
};

function instancePort({ target, states }: Readonly<Seen>): number | undefined {
  if (target.port !== undefined) return target.port;
  if (states.browser?.state === 'found') return states.browser.port;
  // A named instance the Browser knows without a TCP port, or does not know, has no port to try.
  return asksBrowser(target) && states.browser?.state !== 'silent' ? undefined : DEFAULT_SQL_PORT;
}
