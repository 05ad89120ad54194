// The doctor's time to a verdict, next to mssql's own connect (default settings: tedious waits up
// to 15 s to connect, plus its own Browser lookup) failing on the same target, measured in the same
// run. Targets: a closed port (Browser answers, TCP refused), a silent Browser, and (where a
// network namespace can be made) a filtered port. The baseline is capped at 30 s.
import sql from 'mssql';
import { defaultConfig } from '../src/core/config.js';
import type { ServerAddress } from '../src/core/serverString.js';
import { runDoctor } from '../src/monitor/doctor/index.js';
import { startSim } from '../src/sim/index.js';
import { startFilteredHost } from '../test/support/filteredHost.js';

const BASELINE_CAP_MS = 30_000;
const credentials = { user: 'kassavakt', password: 'kassavakt', database: 'PCKassa' };

function emit(metric: string, value: number, unit: string, extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ bench: 'doctor', metric, value, unit, ...extra }));
}

async function doctorMs(server: ServerAddress): Promise<{ ms: number; verdict: string }> {
  const started = performance.now();
  const report = await runDoctor({ server, config: { ...defaultConfig(), ...credentials } });
  return { ms: Math.round(performance.now() - started), verdict: report.verdict.code };
}

/** mssql with its defaults, as a program that does not set timeouts would connect; it must fail. */
async function mssqlMs(server: string): Promise<{ ms: number; capped: boolean }> {
  const pool = new sql.ConnectionPool({ server, ...credentials, options: { encrypt: false, trustServerCertificate: true } });
  pool.on('error', () => undefined);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    pool.connect().then(
      () => 'connected' as const,
      () => 'failed' as const,
    ),
    new Promise<'capped'>((resolve) => {
      timer = setTimeout(() => resolve('capped'), BASELINE_CAP_MS);
    }),
  ]);
  clearTimeout(timer);
  const ms = Math.round(performance.now() - started);
  void pool.close().catch(() => undefined);
  // A baseline that connects measured a working server, not the fault.
  if (outcome === 'connected') throw new Error(`baseline connected: fault not in effect (${server})`);
  return { ms, capped: outcome === 'capped' };
}

async function compare(name: string, server: ServerAddress, serverString: string): Promise<void> {
  const doctor = await doctorMs(server);
  const baseline = await mssqlMs(serverString);
  emit(`${name}.doctorMs`, doctor.ms, 'ms', { verdict: doctor.verdict });
  emit(`${name}.mssqlDefaultMs`, baseline.ms, 'ms', baseline.capped ? { cappedAt: BASELINE_CAP_MS } : {});
  emit(`${name}.ratio`, Number((baseline.ms / doctor.ms).toFixed(2)), 'x', { meaning: 'mssql default time / doctor time' });
}

// The sims' Browsers sit on UDP 1434 of their own addresses, where tedious asks.
const closed = await startSim({ host: '127.0.160.1', browserPort: 1434 });
try {
  await closed.faults.refuseConnections(true);
  await compare('closedPort', { host: '127.0.160.1', instance: 'PCKASSA' }, '127.0.160.1\\PCKASSA');
} finally {
  await closed.stop();
}

const silent = await startSim({ host: '127.0.161.1', browserPort: 1434 });
try {
  silent.faults.browserSilent(true);
  await compare('silentBrowser', { host: '127.0.161.1', instance: 'PCKASSA' }, '127.0.161.1\\PCKASSA');
} finally {
  await silent.stop();
}

const filtered = await startFilteredHost(78);
if ('unavailable' in filtered) {
  console.log(JSON.stringify({ bench: 'doctor', metric: 'filteredPort', skipped: `no network namespace: ${filtered.unavailable}` }));
} else {
  try {
    await compare('filteredPort', { host: filtered.inside, instance: 'PCKASSA' }, `${filtered.inside}\\PCKASSA`);
  } finally {
    filtered.stop();
  }
}
process.exit(0);
