// One poll of the main till (identity + sessions, then the profile) against the in-process sim,
// next to a bare `SELECT 1` on the same connection: p50/p95 of each and their ratio.
import { defaultConfig } from '../src/core/config.js';
import { PING_QUERY } from '../src/core/pollQueries.js';
import { Monitor } from '../src/monitor/poll.js';
import { startSim } from '../src/sim/index.js';

const WARMUP = 30;
const ITERATIONS = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(action: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await action();
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

const emit = (metric: string, value: number, unit: string) =>
  console.log(JSON.stringify({ bench: 'poll', metric, value: Math.round(value * 1000) / 1000, unit }));

const sim = await startSim({ host: '127.0.0.1', user: 'kassavakt', password: 'bench' });
const monitor = new Monitor({ ...defaultConfig(), server: `127.0.0.1,${sim.port}`, user: 'kassavakt', password: 'bench', database: 'PCKassa' });
try {
  const polls = await measure(async () => {
    const result = await monitor.poll();
    if (!result.ok) throw new Error(`poll failed: ${result.reason} ${result.detail}`);
  });
  const pings = await measure(() => monitor.query(PING_QUERY));
  const [pollP50, pollP95, pingP50, pingP95] = [percentile(polls, 50), percentile(polls, 95), percentile(pings, 50), percentile(pings, 95)];
  emit('poll_p50', pollP50, 'ms');
  emit('poll_p95', pollP95, 'ms');
  emit('select1_p50', pingP50, 'ms');
  emit('select1_p95', pingP95, 'ms');
  emit('ratio_p50', pollP50 / pingP50, 'x');
  emit('ratio_p95', pollP95 / pingP95, 'x');
  emit('iterations', ITERATIONS, 'count');
} finally {
  await monitor.close();
  await sim.stop();
}
