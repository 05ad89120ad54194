// The two verdicts that need packets to vanish rather than be refused, in a network namespace this
// test makes (veth pair 198.18.77.1 ↔ 198.18.77.2, RFC 2544 test addresses): the sim runs inside,
// and a policy route blackholes the replies from its TCP port, so connects to it get no answer
// (PORT_FILTERED) while other ports still refuse. 198.18.77.3 belongs to no one (HOST_UNREACHABLE).
// No iptables/nft is needed. Where namespaces cannot be made (not root, no iproute2), these cases
// are skipped and the reason is printed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { runDoctor } from '../../src/monitor/doctor/index.js';

const CLI = fileURLToPath(new URL('../../dist/kassavakt.js', import.meta.url));
const NS = `kvdoc${process.pid}`;
const VETH = `kvd${process.pid % 100000}`;
const OUTSIDE = '198.18.77.1';
const INSIDE = '198.18.77.2';
const NOBODY = '198.18.77.3';
const SQL_PORT = 14330;

function ip(...args: string[]): { ok: boolean; detail: string } {
  const run = spawnSync('ip', args, { encoding: 'utf8' });
  return { ok: run.status === 0, detail: `${run.error?.message ?? ''}${run.stderr ?? ''}`.trim() };
}

/** Makes the namespace; returns why not when it cannot. */
function makeNamespace(): string | undefined {
  const steps: string[][] = [
    ['netns', 'add', NS],
    ['link', 'add', `${VETH}a`, 'type', 'veth', 'peer', 'name', `${VETH}b`],
    ['link', 'set', `${VETH}b`, 'netns', NS],
    ['addr', 'add', `${OUTSIDE}/24`, 'dev', `${VETH}a`],
    ['link', 'set', `${VETH}a`, 'up'],
    ['netns', 'exec', NS, 'ip', 'addr', 'add', `${INSIDE}/24`, 'dev', `${VETH}b`],
    ['netns', 'exec', NS, 'ip', 'link', 'set', `${VETH}b`, 'up'],
    ['netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up'],
    // Replies from the SQL port are routed into a black hole: to the client the port looks filtered.
    ['netns', 'exec', NS, 'ip', 'rule', 'add', 'ipproto', 'tcp', 'sport', String(SQL_PORT), 'table', '100'],
    ['netns', 'exec', NS, 'ip', 'route', 'add', 'blackhole', 'default', 'table', '100'],
  ];
  for (const step of steps) {
    const result = ip(...step);
    if (!result.ok) return `ip ${step.join(' ')}: ${result.detail}`;
  }
  return undefined;
}

const unavailable = makeNamespace();
if (unavailable) {
  ip('netns', 'del', NS);
  console.warn(`SKIPPED filtered-port and unreachable-host cases: cannot make a network namespace (${unavailable})`);
}
let sim: ChildProcess | undefined;
let browserPort = 1434;

beforeAll(async () => {
  if (unavailable) return;
  sim = spawn('ip', ['netns', 'exec', NS, process.execPath, CLI, 'sim', '--host', INSIDE, '--port', String(SQL_PORT), '--browser-port', '1434'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sim in the namespace did not start')), 10_000);
    createInterface({ input: sim!.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
  });
  browserPort = (JSON.parse(first) as { browserPort: number }).browserPort;
});

afterAll(() => {
  if (unavailable) return;
  sim?.kill('SIGTERM');
  ip('netns', 'del', NS);
});

const config = { ...defaultConfig(), user: 'kassavakt', password: 'kassavakt', database: 'PCKassa' };
const timeouts = { dnsMs: 1000, tcpMs: 1000, browserMs: 800, loginMs: 3000, queryMs: 3000 };

describe.skipIf(unavailable !== undefined)('doctor verdicts for silently dropped packets (network namespace)', () => {
  it('says PORT_FILTERED when the Browser names a port whose answers never come back', async () => {
    const report = await runDoctor({ server: { host: INSIDE, instance: 'PCKASSA' }, config: { ...config, browserPort }, timeouts });
    expect(report.verdict).toMatchObject({ code: 'PORT_FILTERED', port: SQL_PORT });
    const probes = report.candidates[0]!.probes;
    expect(probes.find((p) => p.probe === 'tcp')).toMatchObject({ state: 'filtered', port: SQL_PORT });
    expect(probes.find((p) => p.probe === 'hostAlive')).toMatchObject({ state: 'answers' });
    expect(report.working).toBeUndefined();
  });

  it('says HOST_UNREACHABLE for an address no computer answers on', async () => {
    const report = await runDoctor({ server: { host: NOBODY, instance: 'PCKASSA' }, config: { ...config, browserPort }, timeouts });
    expect(report.verdict.code).toBe('HOST_UNREACHABLE');
    expect(report.candidates[0]!.probes.find((p) => p.probe === 'hostAlive')?.state).toMatch(/silent|unreachable/);
  });

  it('says PORT_FILTERED for HOST,PORT too, where no Browser is asked', async () => {
    const report = await runDoctor({ server: { host: INSIDE, port: SQL_PORT }, config, timeouts });
    expect(report.verdict).toMatchObject({ code: 'PORT_FILTERED', port: SQL_PORT });
    expect(report.candidates[0]!.probes.some((p) => p.probe === 'browser')).toBe(false);
  });
});
