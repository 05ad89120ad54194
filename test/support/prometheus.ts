// A real Prometheus (Debian's package) for system tests: started on its own loopback address with a
// temporary config and data folder, asked through its HTTP API, stopped (and its folder removed) after.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectLines } from './lines.js';
import { waitFor } from './wait.js';

export interface PrometheusOptions {
  /** Loopback address Prometheus itself listens on (port 9090). */
  host: string;
  /** host:port of the target to scrape. */
  target: string;
  bearerToken: string;
  ruleFiles: string[];
}

export interface Prometheus {
  url: string;
  /** An instant query; the result vector. */
  query(expr: string): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>>;
  alerts(): Promise<Array<{ labels: Record<string, string>; annotations: Record<string, string>; state: string }>>;
  stop(): Promise<void>;
}

export async function startPrometheus(options: PrometheusOptions): Promise<Prometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'kv-prometheus-'));
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    JSON.stringify({
      global: { scrape_interval: '1s', evaluation_interval: '1s' },
      rule_files: options.ruleFiles,
      scrape_configs: [
        {
          job_name: 'kassavakt',
          authorization: { type: 'Bearer', credentials: options.bearerToken },
          static_configs: [{ targets: [options.target] }],
        },
      ],
    }),
  );
  const url = `http://${options.host}:9090`;
  const child = spawn(
    'prometheus',
    [`--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=${options.host}:9090`, '--log.level=warn'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = collectLines();
  output.follow(child.stdout!);
  output.follow(child.stderr!);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}${path}`);
    const body = (await response.json()) as { status: string; data: T; error?: string };
    if (body.status !== 'success') throw new Error(`prometheus ${path}: ${body.error}`);
    return body.data;
  };
  try {
    await waitFor(
      async () => {
        if (await fetch(`${url}/-/ready`).then((response) => response.ok, () => false)) return true;
        if (child.exitCode !== null) throw new Error(`prometheus exited: ${output.lines().join('\n')}`);
        return undefined;
      },
      30_000,
      `${url}/-/ready`,
      200,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    query: async (expr) => (await api<{ result: Array<{ metric: Record<string, string>; value: [number, string] }> }>(`/api/v1/query?query=${encodeURIComponent(expr)}`)).result,
    alerts: async () => (await api<{ alerts: Array<{ labels: Record<string, string>; annotations: Record<string, string>; state: string }> }>('/api/v1/alerts')).alerts,
    stop,
  };
}
