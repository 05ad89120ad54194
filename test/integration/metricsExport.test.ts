// The metrics export over a real socket: what Prometheus would scrape, what promtool says of it, and
// what a client without the token gets.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Till } from '../../src/core/fleet.js';
import { assessFleet } from '../../src/core/rules.js';
import { startMetricsExport, type MetricsExport } from '../../src/service/metrics/metricsExport.js';

const TOKEN = 'kassavakt-metrics-token-0123456789';
const hostile = 'KASSA"2\\\n\u001b]0;x\u0007';
const shop: Till[] = [
  { name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true },
  { name: hostile, role: 'sales', clientId: 1, version: '38,5', connected: true },
];

function promtoolCheck(text: string): { status: number | null; output: string } {
  const run = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('metrics export', () => {
  const textfileDir = mkdtempSync(join(tmpdir(), 'kv-prom-'));
  const logged: string[] = [];
  let exporter: MetricsExport;

  afterAll(async () => exporter?.close());

  it('serves GET /metrics with a bearer token, and promtool accepts the endpoint and the textfile', async () => {
    exporter = await startMetricsExport(
      { listen: { host: '127.0.41.1', port: 0 }, token: TOKEN, textfileDir, shop: 'Gränden "1"' },
      'sv',
      (line) => logged.push(line),
    );
    const { tills, findings } = assessFleet(shop, 'sv');
    await exporter.afterPoll({ lastPoll: { at: '2026-11-30T08:00:00.000Z', ok: true, latencyMs: 12 }, lastSuccess: { at: '2026-11-30T08:00:00.000Z', latencyMs: 0, ok: true }, tills, findings }, 0.012);

    const response = await fetch(exporter.url!, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('kassavakt_up{shop="Gränden \\"1\\""} 1');
    expect(text).toContain('kassavakt_findings{code="DUPLICATE_CLIENT_ID",severity="error",shop="Gränden \\"1\\""} 1');
    expect(text).toContain('kassavakt_findings{code="EDITION_MISMATCH",severity="error",shop="Gränden \\"1\\""} 0');
    expect(text).toContain('kassavakt_tills{role="sales",shop="Gränden \\"1\\""} 1');
    expect(text).toContain('kassavakt_finding_tills{code="DUPLICATE_CLIENT_ID",till="KASSA1",shop="Gränden \\"1\\""} 1');
    expect(text).toContain('kassavakt_poll_duration_seconds_count{shop="Gränden \\"1\\""} 1');
    // The till's name is escaped by the library: no line of the output is broken by it.
    expect(text).toContain('till="KASSA\\"2\\\\\\n\u001b]0;x\u0007"');
    expect(promtoolCheck(text)).toEqual({ status: 0, output: '' });

    const file = readFileSync(join(textfileDir, 'kassavakt.prom'), 'utf8');
    expect(file.endsWith('\n')).toBe(true);
    expect(file).toBe(text.endsWith('\n') ? text : `${text}\n`);
    expect(promtoolCheck(file)).toEqual({ status: 0, output: '' });
    expect(readdirSync(textfileDir)).toEqual(['kassavakt.prom']);
  });

  it('refuses a missing or wrong token with 401, other paths with 404 and other methods with 405', async () => {
    const url = exporter.url!;
    const none = await fetch(url);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="kassavakt"');
    expect((await fetch(url, { headers: { Authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` } })).status).toBe(401);
    const auth = { Authorization: `Bearer ${TOKEN}` };
    expect((await fetch(url.replace('/metrics', '/'), { headers: auth })).status).toBe(404);
    expect((await fetch(url.replace('/metrics', '/metrics/../config.json'), { headers: auth })).status).toBe(404);
    const post = await fetch(url, { method: 'POST', headers: auth, body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect((await fetch(url, { method: 'HEAD', headers: auth })).status).toBe(405);
  });

  it('replaces a till that changed instead of keeping its old series', async () => {
    const { tills, findings } = assessFleet([{ ...shop[0]!, version: '38,6' }], 'sv');
    await exporter.afterPoll({ lastPoll: { at: '2026-11-30T08:01:00.000Z', ok: false, latencyMs: 5000 }, lastSuccess: { at: '2026-11-30T08:00:00.000Z', latencyMs: 0, ok: true }, tills, findings }, 5);
    const text = await (await fetch(exporter.url!, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();
    expect(text).toContain('version="38,6"');
    expect(text).not.toContain('version="38,5"');
    expect(text).toContain('kassavakt_up{shop="Gränden \\"1\\""} 0');
    expect(text).toContain('kassavakt_poll_duration_seconds_count{shop="Gränden \\"1\\""} 2');
  });

  it('logs nothing while the textfile can be written', () => {
    expect(logged).toEqual([]);
  });

  it('says once that the textfile cannot be written, and again only after it could be written in between', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kv-prom-gone-'));
    const lines: string[] = [];
    const gone = await startMetricsExport({ textfileDir: folder, shop: 'Gränden' }, 'en', (line) => lines.push(line));
    const poll = { lastPoll: null, lastSuccess: null, tills: [], findings: [] };
    rmSync(folder, { recursive: true });
    await gone.afterPoll(poll, 0.01);
    await gone.afterPoll(poll, 0.01);
    expect(lines).toEqual([`Could not write the metrics file ${join(folder, 'kassavakt.prom')}: the folder does not exist`]);
    mkdirSync(folder);
    await gone.afterPoll(poll, 0.01);
    rmSync(folder, { recursive: true });
    await gone.afterPoll(poll, 0.01);
    expect(lines).toHaveLength(2);
    await gone.close();
  });
});
