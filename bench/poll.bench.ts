// One poll of the main till against the in-process sim, next to a bare `SELECT 1` on the same
// connection: p50/p95 of each and their ratio, for the poll without and with the health statements
// (read on the first poll and then at most every health.intervalMinutes), and how many requests a
// poll sends (from the sim's statement log: it must be one).
import { defaultConfig } from '../src/core/config.js';
import { PING_QUERY } from '../src/core/pollQueries.js';
import { Monitor } from '../src/monitor/poll.js';
import { startSim, type RunningSim } from '../src/sim/index.js';

const WARMUP = 30;
const ITERATIONS = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const timed = async (action: () => Promise<unknown>) => {
  const start = performance.now();
  await action();
  return performance.now() - start;
};

/** The action and the baseline take turns, so both see the same load on a shared machine. */
async function measurePair(action: () => Promise<unknown>, baseline: () => Promise<unknown>): Promise<[number[], number[]]> {
  for (let i = 0; i < WARMUP; i++) {
    await action();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    a.push(await timed(action));
    b.push(await timed(baseline));
  }
  return [a.sort((x, y) => x - y), b.sort((x, y) => x - y)];
}

const emit = (metric: string, value: number, unit: string) =>
  console.log(JSON.stringify({ bench: 'poll', metric, value: Math.round(value * 1000) / 1000, unit }));

/** Requests (batches) the sim received while `action` ran; the driver's own SETs at login excluded. */
async function requestsDuring(sim: RunningSim, action: () => Promise<unknown>): Promise<number> {
  const from = sim.statements().length;
  await action();
  return new Set(sim.statements().slice(from).filter((s) => /^SELECT/i.test(s.sql)).map((s) => s.request)).size;
}

const sim = await startSim({ host: '127.0.0.1', user: 'kassavakt', password: 'bench' });
const config = { ...defaultConfig(), server: `127.0.0.1,${sim.port}`, user: 'kassavakt', password: 'bench', database: 'PCKassa' };
// Each poll of this monitor is an hour after the last: the health statements are due every time.
let clock = Date.now();
const monitors = {
  plain: new Monitor(config),
  health: new Monitor(config, { now: () => new Date((clock += 3_600_000)) }),
};
const poll = (monitor: Monitor) => async () => {
  const result = await monitor.poll();
  if (!result.ok) throw new Error(`poll failed: ${result.reason} ${result.detail}`);
};
try {
  await monitors.plain.poll(); // connects and reads health once; later polls leave it out
  emit('requests_per_poll', await requestsDuring(sim, poll(monitors.plain)), 'count');
  await monitors.health.poll();
  emit('requests_per_poll_with_health', await requestsDuring(sim, poll(monitors.health)), 'count');
  const [polls, pings] = await measurePair(poll(monitors.plain), () => monitors.plain.query(PING_QUERY));
  const [healthPolls, healthPings] = await measurePair(poll(monitors.health), () => monitors.health.query(PING_QUERY));
  const p50 = (s: number[]) => percentile(s, 50);
  const p95 = (s: number[]) => percentile(s, 95);
  emit('poll_p50', p50(polls), 'ms');
  emit('poll_p95', p95(polls), 'ms');
  emit('select1_p50', p50(pings), 'ms');
  emit('select1_p95', p95(pings), 'ms');
  emit('ratio_p50', p50(polls) / p50(pings), 'x');
  emit('ratio_p95', p95(polls) / p95(pings), 'x');
  emit('poll_with_health_p50', p50(healthPolls), 'ms');
  emit('select1_same_connection_p50', p50(healthPings), 'ms');
  emit('ratio_with_health_p50', p50(healthPolls) / p50(healthPings), 'x');
  emit('iterations', ITERATIONS, 'count');
} finally {
  await monitors.plain.close();
  await monitors.health.close();
  await sim.stop();
}
