// A real Prometheus scrapes `kassavakt watch --metrics-listen` polling the simulator, with the shipped
// rules loaded: a duplicate Client ID in the shop reaches Prometheus as a finding and as an alert, and
// promtool accepts both the endpoint's output and the textfile.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Till } from '../../src/core/fleet.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';
import { waitFor } from '../support/wait.js';
import { startWatch, type WatchProcess } from '../support/watchProcess.js';

const SIM_HOST = '127.0.77.1';
const METRICS = '127.0.77.2:9184';
const TOKEN = 'prometheus-scrapes-kassavakt-0123';
const RULES = new URL('../../contrib/prometheus/kassavakt.rules.yml', import.meta.url).pathname;

const tills: Till[] = [
  { name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true },
  { name: 'KASSA2', role: 'sales', clientId: 2, version: '38,5', connected: true },
  { name: 'BACKOFFICE', role: 'backoffice', clientId: 3, version: '38,5', connected: true },
];

let dir: string;
let fleetFile: string;
let textfileDir: string;
let sim: SimProcess | undefined;
let watch: WatchProcess | undefined;
let prometheus: Prometheus | undefined;

/** Prometheus's answer once it has one (it scrapes and evaluates every second). */
const until = <T>(what: string, read: () => Promise<T | undefined>) => waitFor(read, 30_000, what, 250);

function promtoolCheckMetrics(text: string) {
  const run = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kv-prometheus-test-'));
  fleetFile = join(dir, 'fleet.json');
  textfileDir = join(dir, 'textfile');
  mkdirSync(textfileDir);
  writeFileSync(fleetFile, JSON.stringify({ tills }));
  const data = join(dir, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'config.json'), JSON.stringify({ metrics: { token: TOKEN, shop: 'Gränden' } }), { mode: 0o600 });
  sim = await startSimProcess(['--host', SIM_HOST, '--fleet', fleetFile, '--user', 'kassavakt', '--password', 'hemligt']);
  watch = startWatch([
    '--server', `${SIM_HOST},${sim.port}`, '--user', 'kassavakt', '--password', 'hemligt', '--database', 'PCKassa',
    '--interval', '1', '--data', data, '--metrics-listen', METRICS, '--metrics-textfile', textfileDir,
  ]);
  await watch.waitForLines(/BACKOFFICE/);
  prometheus = await startPrometheus({ host: '127.0.77.3', target: METRICS, bearerToken: TOKEN, ruleFiles: [RULES] });
}, 90_000);

afterAll(async () => {
  await prometheus?.stop();
  watch?.signal('SIGTERM');
  await watch?.exited;
  await sim?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Prometheus scrapes Kassavakt', () => {
  it('sees the shop, then a duplicate Client ID as a finding and as an alert', async () => {
    const up = await until('kassavakt_up in Prometheus', async () => (await prometheus!.query('kassavakt_up'))[0]);
    expect(up.metric).toMatchObject({ shop: 'Gränden', job: 'kassavakt' });
    expect(up.value[1]).toBe('1');
    const duplicates = await prometheus!.query('kassavakt_findings{code="DUPLICATE_CLIENT_ID"}');
    expect(duplicates.map((sample) => sample.value[1])).toEqual(['0']);

    writeFileSync(fleetFile, JSON.stringify({ tills: tills.map((till) => (till.name === 'BACKOFFICE' ? { ...till, clientId: 2 } : till)) }));
    const raised = await until('the duplicate in Prometheus', async () => {
      const [sample] = await prometheus!.query('kassavakt_findings{code="DUPLICATE_CLIENT_ID"} == 1');
      return sample;
    });
    expect(raised.metric).toMatchObject({ code: 'DUPLICATE_CLIENT_ID', severity: 'error', shop: 'Gränden' });

    const alert = await until('KassavaktDuplicateClientId in /api/v1/alerts', async () =>
      (await prometheus!.alerts()).find((a) => a.labels.alertname === 'KassavaktDuplicateClientId'),
    );
    expect(['pending', 'firing']).toContain(alert.state);
    expect(alert.labels).toMatchObject({ shop: 'Gränden', severity: 'critical' });
    expect(alert.annotations.description).toMatch(/Kassorna: BACKOFFICE \(Klient ID 2\) KASSA2 \(Klient ID 2\) *$/);
    expect(alert.annotations.description).not.toContain('KASSA1');
  });

  it('serves output that promtool accepts, on the endpoint and in the textfile, and only with the token', async () => {
    const url = `http://${METRICS}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    const text = await (await fetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();
    expect(text).toContain('kassavakt_build_info{version="');
    // The simulator is a healthy SQL Server Express main till: its health is exported too.
    expect(text).toContain('kassavakt_database_limit_bytes{shop="Gränden"} 10737418240');
    expect(text).toMatch(/^kassavakt_backup_age_seconds\{shop="Gränden"\} \d/m);
    expect(text).toMatch(/^kassavakt_volume_free_bytes\{shop="Gränden"\} \d/m);
    expect(promtoolCheckMetrics(text)).toEqual({ status: 0, output: '' });
    const file = readFileSync(join(textfileDir, 'kassavakt.prom'), 'utf8');
    expect(file).toContain('kassavakt_up{shop="Gränden"} 1');
    expect(promtoolCheckMetrics(file)).toEqual({ status: 0, output: '' });
    expect(watch!.stderr().join('\n')).not.toContain(TOKEN);
  });
});
