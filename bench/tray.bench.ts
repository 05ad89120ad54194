// The tray process on a private desktop (Xvfb + tint2 + dunst, as in the system test) against the
// simulated main till: time to the first icon and the first poll, memory (Node + the systray helper,
// from /proc) at rest and after 5,000 fast polls, and CPU while idle for a minute. Baselines from the same
// run: a bare `node` start, a bare idle `node` process, and the tray's own memory right after start.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startSim } from '../src/sim/index.js';
import { TRAY_NODE_OPTIONS } from '../src/tray/nodeOptions.js';
import { CLI } from '../test/support/cli.js';
import { startDesktop, waitUntil, type Desktop } from '../test/support/desktop.js';
import { helperOf } from '../test/support/processTree.js';

const HOST = '127.0.88.1';
const POLLS = 5000;
const IDLE_SECONDS = 60;
const TICKS_PER_SECOND = 100;

function emit(metric: string, value: number, unit: string, extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ bench: 'tray', metric, value: Number(value.toFixed(3)), unit, ...extra }));
}

function rssMb(pid: number): number {
  return smapsMb(pid, 'Rss');
}

/** Proportional set size: shared pages (the node binary, GTK) counted once across the processes using them. */
function pssMb(pid: number): number {
  return smapsMb(pid, 'Pss');
}

/** Unique set size: pages only this process uses, what Windows' Task Manager shows as "Memory". */
function ussMb(pid: number): number {
  return smapsMb(pid, 'Private_Clean') + smapsMb(pid, 'Private_Dirty');
}

function smapsMb(pid: number, field: 'Rss' | 'Pss' | 'Private_Clean' | 'Private_Dirty'): number {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)![1]) / 1024;
}

/** RSS of mapped files (the node executable, GTK and other shared libraries): program code, not data. */
function mappedFilesMb(pid: number): number {
  let kb = 0;
  let fileBacked = false;
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (mapping) fileBacked = mapping[1]!.startsWith('/');
    else if (fileBacked && line.startsWith('Rss:')) kb += Number(/(\d+)/.exec(line)![1]);
  }
  return kb / 1024;
}

/** utime + stime in clock ticks. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function polls(dataDir: string): number {
  const log = join(dataDir, 'logs', 'kassavakt.log');
  if (!existsSync(log)) return 0;
  return readFileSync(log, 'utf8').split('\n').filter((line) => line.includes(' poll ok')).length;
}

interface TrayRun {
  child: ChildProcess;
  dataDir: string;
  helper: number;
  iconMs: number;
  firstPollMs: number;
  stop(): Promise<void>;
}

async function startTray(desktop: Desktop, port: number, interval: string): Promise<TrayRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-tray-'));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...TRAY_NODE_OPTIONS, CLI, 'tray', '--data', dataDir, '--server', `${HOST},${port}`, '--user', 'kassavakt', '--password', 'kassavakt', '--interval', interval],
    { env: { ...desktop.env, XDG_CONFIG_HOME: join(dataDir, 'xdg') }, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitUntil(() => desktop.trayIcon() !== null, 30_000, 'the icon', 5);
  const iconMs = performance.now() - started;
  await waitUntil(() => polls(dataDir) >= 1, 30_000, 'the first poll', 5);
  const firstPollMs = performance.now() - started;
  const helper = helperOf(child.pid!);
  if (helper === undefined) throw new Error('no helper process');
  return {
    child,
    dataDir,
    helper,
    iconMs,
    firstPollMs,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await waitUntil(() => desktop.trayIcon() === null, 10_000, 'the icon to go');
    },
  };
}

const round = (mb: number) => Number(mb.toFixed(1));

/**
 * Memory of Node plus the helper. The target is judged on private memory (USS): what the two
 * processes alone hold, and what Windows' Task Manager shows as "Memory". RSS also counts the pages of
 * program files mapped from disk (the node executable, GTK), which every process using them shares.
 */
function memory(run: TrayRun) {
  const [node, helper] = [run.child.pid!, run.helper];
  return {
    uss_mb: round(ussMb(node) + ussMb(helper)),
    node_uss_mb: round(ussMb(node)),
    helper_uss_mb: round(ussMb(helper)),
    rss_mb: round(rssMb(node) + rssMb(helper)),
    node_rss_mb: round(rssMb(node)),
    helper_rss_mb: round(rssMb(helper)),
    mapped_files_mb: round(mappedFilesMb(node) + mappedFilesMb(helper)),
    pss_mb: round(pssMb(node) + pssMb(helper)),
  };
}

function bareNodeStartMs(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - started;
}

const desktop = await startDesktop(tmpdir());
const sim = await startSim({ host: HOST, port: 0, browserPort: null });
try {
  // The first GTK program on a fresh session starts the accessibility bus and stays bigger; a real
  // desktop has that bus already, so measure after one throwaway start (and report that start too).
  const first = await startTray(desktop, sim.port, '3600');
  await new Promise((resolve) => setTimeout(resolve, 3000));
  emit('helper_rss_first_on_fresh_session', rssMb(first.helper), 'MB', { note: 'starts the at-spi accessibility bus' });
  await first.stop();

  // Idle run: start-up times, memory at rest, CPU while nothing happens (next to a bare idle node,
  // started first so that its own start-up is over before the window opens).
  const idleNode = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' });
  const idle = await startTray(desktop, sim.port, '3600');
  const bare = bareNodeStartMs();
  emit('start_to_first_icon', idle.iconMs, 'ms', { baseline_bare_node_start_ms: Number(bare.toFixed(1)), ratio: Number((idle.iconMs / bare).toFixed(2)) });
  emit('start_to_first_poll', idle.firstPollMs, 'ms', { ratio_to_bare_node_start: Number((idle.firstPollMs / bare).toFixed(2)) });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const nodeBefore = cpuTicks(idle.child.pid!);
  const helperBefore = cpuTicks(idle.helper);
  const baseBefore = cpuTicks(idleNode.pid!);
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  const nodeMs = ((cpuTicks(idle.child.pid!) - nodeBefore) * 1000) / TICKS_PER_SECOND;
  const helperMs = ((cpuTicks(idle.helper) - helperBefore) * 1000) / TICKS_PER_SECOND;
  const usedMs = nodeMs + helperMs;
  const baseMs = ((cpuTicks(idleNode.pid!) - baseBefore) * 1000) / TICKS_PER_SECOND;
  const bareNode = { uss_mb: round(ussMb(idleNode.pid!)), rss_mb: round(rssMb(idleNode.pid!)) };
  idleNode.kill();
  const rest = memory(idle);
  emit('memory_at_rest', rest.uss_mb, 'MB', {
    measure: 'USS (private memory of Node + helper)',
    target_mb: 80,
    ...rest,
    baseline_bare_idle_node: bareNode,
    node_uss_ratio_to_bare_node: Number((rest.node_uss_mb / bareNode.uss_mb).toFixed(2)),
    node_rss_ratio_to_bare_node: Number((rest.node_rss_mb / bareNode.rss_mb).toFixed(2)),
  });
  emit('cpu_idle', (usedMs / (IDLE_SECONDS * 1000)) * 100, '%', {
    window_s: IDLE_SECONDS,
    cpu_ms: usedMs,
    node_cpu_ms: nodeMs,
    helper_cpu_ms: helperMs,
    baseline_idle_node_cpu_ms: baseMs,
    // Both are often 0 ticks (10 ms resolution): then there is no ratio to give.
    ratio: baseMs > 0 ? Number((usedMs / baseMs).toFixed(2)) : null,
  });
  await idle.stop();

  // Busy run: as many polls as the sim answers, memory before and after.
  const busy = await startTray(desktop, sim.port, '0.01');
  const start = memory(busy);
  const startedPolls = performance.now();
  // Where the memory goes along the way: growth that stops is the heap sizing itself, growth that
  // keeps going would be a leak.
  const curve: Array<{ polls: number; uss_mb: number; rss_mb: number }> = [];
  for (const mark of [500, 1000, 2000, 3000, 4000, POLLS]) {
    await waitUntil(() => polls(busy.dataDir) >= mark, 600_000, `${mark} polls`, 100);
    const { uss_mb, rss_mb } = memory(busy);
    curve.push({ polls: mark, uss_mb, rss_mb });
  }
  const seconds = (performance.now() - startedPolls) / 1000;
  const end = memory(busy);
  emit('memory_after_polls', end.uss_mb, 'MB', {
    measure: 'USS (private memory of Node + helper)',
    polls: POLLS,
    ...end,
    start_uss_mb: start.uss_mb,
    ratio: Number((end.uss_mb / start.uss_mb).toFixed(3)),
    start_rss_mb: start.rss_mb,
    rss_ratio: Number((end.rss_mb / start.rss_mb).toFixed(3)),
  });
  emit('memory_curve', end.uss_mb, 'MB', {
    samples: curve,
    uss_ratio_end_to_500_polls: Number((end.uss_mb / curve[0]!.uss_mb).toFixed(3)),
    rss_ratio_end_to_500_polls: Number((end.rss_mb / curve[0]!.rss_mb).toFixed(3)),
  });
  emit('poll_rate', POLLS / seconds, 'polls/s');
  await busy.stop();
} finally {
  await sim.stop();
  await desktop.stop();
}
