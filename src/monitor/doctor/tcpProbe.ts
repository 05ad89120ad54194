// TCP connect to one port, reported as PortQry does: listening, not listening (refused), filtered
// (no answer before the timeout), or unreachable (the OS has no route to the host).
import { connect } from 'node:net';
import type { TcpState } from '../../core/verdict.js';

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
