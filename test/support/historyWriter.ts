// A child process for the crash test: records polls into the history as fast as it can, every poll a
// change, printing each poll's number once it is committed. The test kills it with SIGKILL.
import type { Till } from '../../src/core/fleet.js';
import type { Finding } from '../../src/core/findings.js';
import { openHistoryStore } from '../../src/store/index.js';

const dir = process.argv[2]!;
const store = openHistoryStore({ dir, lang: 'en' });
let n = store.queries()!.uptimeByDay().reduce((sum, day) => sum + day.pollsOk + day.pollsFailed, 0);
const start = Date.parse('2026-11-25T07:00:00Z');
for (;;) {
  const tills: Till[] = Array.from({ length: 10 }, (_, i) => ({
    name: `KASSA${i + 1}`,
    role: i === 0 ? 'main' : 'sales',
    clientId: i + 1,
    version: i === n % 10 ? `38,${5 + (n % 3)}` : '38,5',
    connected: (n + i) % 4 !== 0,
  }));
  const findings: Finding[] = n % 2 ? [{ code: 'VERSION_MISMATCH', severity: 'warning', tills: [`KASSA${(n % 10) + 1}`], message: 'behind', advice: '' }] : [];
  const at = new Date(start + n * 60_000).toISOString();
  store.recordPoll({ ok: true, at, latencyMs: 10, server: { machineName: 'KASSA1', productVersion: '15', database: 'PCKassa' }, sessions: [], snapshot: { tills } }, findings);
  n += 1;
  process.stdout.write(`${n}\n`);
}
