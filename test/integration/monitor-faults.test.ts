// How the monitor fails, over real sockets against the sim: each fault maps to one UnreachableReason,
// within the configured timeouts, and the monitor recovers once the fault is gone.
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { Monitor, pollOnce } from '../../src/monitor/poll.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';

const HOST = '127.0.42.1';
let sim: RunningSim;

beforeAll(async () => {
  sim = await startSim({ host: HOST, user: 'kassavakt', password: 'hemligt' });
});
afterEach(async () => {
  await sim.faults.clear();
});
afterAll(async () => {
  await sim?.stop();
});

function config(overrides: Partial<Config> = {}): Config {
  return {
    ...defaultConfig(),
    server: `${HOST}\\PCKASSA`,
    browserPort: sim.browserPort!,
    user: 'kassavakt',
    password: 'hemligt',
    database: 'PCKassa',
    connectTimeoutSeconds: 2,
    requestTimeoutSeconds: 1,
    ...overrides,
  };
}

async function failureOf(cfg: Config) {
  const result = await pollOnce(cfg);
  if (result.ok) throw new Error('expected the poll to fail');
  return result;
}

describe('monitor failures', () => {
  it('wrong password → LOGIN_FAILED', async () => {
    const failure = await failureOf(config({ password: 'fel' }));
    expect(failure.reason).toBe('LOGIN_FAILED');
    expect(failure.detail).toContain('Login failed');
    expect(failure.detail).not.toContain('fel');
  });

  it('unknown database → DATABASE_MISSING', async () => {
    expect((await failureOf(config({ database: 'Saknas' }))).reason).toBe('DATABASE_MISSING');
  });

  it('unknown instance → INSTANCE_NOT_FOUND, within the connect timeout', async () => {
    const failure = await failureOf(config({ server: `${HOST}\\PCKASSA9`, connectTimeoutSeconds: 1 }));
    expect(failure.reason).toBe('INSTANCE_NOT_FOUND');
    expect(failure.latencyMs).toBeLessThan(1000 + 1000);
  });

  it('silent Browser → INSTANCE_NOT_FOUND', async () => {
    sim.faults.browserSilent(true);
    expect((await failureOf(config({ connectTimeoutSeconds: 1 }))).reason).toBe('INSTANCE_NOT_FOUND');
  });

  it('nobody listening on the port → PORT_CLOSED', async () => {
    await sim.faults.refuseConnections(true);
    expect((await failureOf(config({ server: `${HOST},${sim.port}` }))).reason).toBe('PORT_CLOSED');
  });

  it('unknown computer name → DNS_FAILED', async () => {
    expect((await failureOf(config({ server: 'kassa-finns-inte.invalid\\PCKASSA' }))).reason).toBe('DNS_FAILED');
  });

  it('connection dropped in the middle of an answer → CONNECTION_LOST', async () => {
    sim.faults.dropMidResult(true);
    expect((await failureOf(config())).reason).toBe('CONNECTION_LOST');
  });

  it('slow answer → TIMEOUT, bounded by the request timeout', async () => {
    const monitor = new Monitor(config());
    try {
      expect((await monitor.poll()).ok).toBe(true);
      sim.faults.delay(5000);
      const result = await monitor.poll();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toBe('TIMEOUT');
      // One request timeout plus at most the 1 s cancel wait; far from the 5 s the server would take.
      expect(result.latencyMs).toBeLessThan(1000 + 2000);
      sim.faults.delay(0);
      expect((await monitor.poll()).ok).toBe(true);
    } finally {
      await monitor.close();
    }
  });

  it('recovers after a failure with the same monitor', async () => {
    const monitor = new Monitor(config());
    try {
      sim.faults.refuseLogins(true);
      const refused = await monitor.poll();
      expect(refused.ok ? 'ok' : refused.reason).toBe('LOGIN_FAILED');
      sim.faults.refuseLogins(false);
      expect((await monitor.poll()).ok).toBe(true);
      sim.faults.dropMidResult(true);
      const dropped = await monitor.poll();
      expect(dropped.ok ? 'ok' : dropped.reason).toBe('CONNECTION_LOST');
      sim.faults.dropMidResult(false);
      expect((await monitor.poll()).ok).toBe(true);
    } finally {
      await monitor.close();
    }
  });

  it('logs in again when the network dropped the idle connection between polls', async () => {
    const proxy = await startProxy(sim.port);
    const monitor = new Monitor(config({ server: `${HOST},${proxy.port}` }));
    try {
      expect((await monitor.poll()).ok).toBe(true);
      const before = proxy.connections();
      proxy.cutAll();
      const after = await monitor.poll();
      expect(after.ok ? 'ok' : after.reason).toBe('ok');
      expect(proxy.connections()).toBeGreaterThan(before);
    } finally {
      await monitor.close();
      await proxy.close();
    }
  });

  it('several monitors poll at the same time', async () => {
    const monitors = Array.from({ length: 6 }, () => new Monitor(config()));
    try {
      const results = await Promise.all(monitors.flatMap((m) => [m.poll(), m.poll()]));
      expect(results.map((r) => (r.ok ? r.snapshot.tills.length : r.reason))).toEqual(Array(12).fill(5));
      expect(sim.sessions().filter((s) => s.appName === 'Kassavakt')).toHaveLength(6);
    } finally {
      await Promise.all(monitors.map((m) => m.close()));
    }
  });

  it('a failing profile still reports the connected tills, and says the profile failed', async () => {
    const result = await pollOnce(config({ profile: 'SELECT Namn AS name FROM dbo.Kassaregister' }), { localMachine: 'KONTORET' });
    if (!result.ok) throw new Error(result.detail);
    expect(result.profileError).toMatch(/Kassaregister/);
    expect(result.sessions!.length).toBeGreaterThanOrEqual(4);
    expect(result.snapshot.tills.map((t) => [t.name, t.role, t.connected])).toEqual([
      ['KASSA1', 'main', true],
      ['KASSA2', 'sales', true],
      ['KASSA3', 'sales', true],
      ['KONTORET', 'backoffice', true],
    ]);
  });

  it('a profile that is not read-only is refused before it reaches the server', async () => {
    const before = sim.statements().length;
    const result = await pollOnce(config({ profile: 'UPDATE dbo.Kassor SET KlientID = 9' }));
    if (!result.ok) throw new Error(result.detail);
    expect(result.profileError).toMatch(/UPDATE/);
    expect(sim.statements().slice(before).some((s) => /UPDATE/i.test(s.sql))).toBe(false);
  });
});

/** A TCP relay to the sim whose connections can be cut, like a Wi-Fi drop between two polls. */
async function startProxy(targetPort: number) {
  const sockets = new Set<net.Socket>();
  let count = 0;
  const server = net.createServer((client) => {
    count += 1;
    const upstream = net.connect(targetPort, HOST);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => count,
    cutAll: () => sockets.forEach((socket) => socket.destroy()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
