// The console's source over a real service: the poll cycle against the sim, the SQLite history, the
// doctor and the DSN repair (in a temporary odbc.ini).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceConsole } from '../../src/console/runConsole.js';
import { fleetView, serviceSource } from '../../src/console/serviceSource.js';
import { configSchema, type Config } from '../../src/core/config.js';
import { UnixOdbcDsnStore } from '../../src/platform/dsn/unixodbc.js';
import { KassavaktService } from '../../src/service/index.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { saveSettings, send, signIn } from '../support/consoleHttp.js';

const HOST = '127.0.94.1';
let sim: RunningSim;
let dir: string;
let odbcIni: string;
let config: Config;
let service: KassavaktService;
const logged: string[] = [];

beforeAll(async () => {
  sim = await startSim({
    host: HOST,
    browserPort: 0,
    fleet: {
      tills: [
        { name: 'KASSA1', role: 'main', clientId: 1, version: '38,5' },
        { name: 'KASSA2', role: 'sales', clientId: 2, version: '38,4' },
      ],
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-console-live-'));
  odbcIni = join(dir, 'odbc.ini');
  writeFileSync(odbcIni, '[Nutid - PC Kassa]\nDriver=FreeTDS\nServer=GAMMAL\\PCKASSA\n');
  config = configSchema.parse({ server: `${HOST},${sim.port}`, user: 'kassavakt', password: 'kassavakt', browserPort: sim.browserPort });
  const log = (line: string) => logged.push(line);
  service = new KassavaktService({
    dataDir: dir,
    config,
    log: { info: log, warn: log, error: log },
    dsnStore: (name) => new UnixOdbcDsnStore(name, async () => ({ user: odbcIni })),
  });
  await service.cycle.pollNow();
});

afterAll(async () => {
  await service?.close();
  await sim?.stop();
});

const source = () => serviceSource(service);

describe('live console source', () => {
  it('shows the polled fleet, its findings’ age and the version timelines', async () => {
    const fleet = await source().fleet('sv');
    expect(fleet.poll.state).toBe('ok');
    expect(fleet.tills.map((t) => t.name)).toEqual(['KASSA1', 'KASSA2']);
    expect(fleet.timelines.map((t) => [t.till, t.spans.map((s) => s.version)])).toEqual([
      ['KASSA1', ['38,5']],
      ['KASSA2', ['38,4']],
    ]);
    expect(Object.keys(fleet.openSince)).toContain('VERSION_MISMATCH');
  });

  it('words the history and filters it by till', async () => {
    const all = await source().history({}, 'en');
    expect(all.events.map((e) => e.text)).toContain('KASSA2: new till (selling till), version 38,4, Client ID 2');
    expect(all.uptime).toHaveLength(1);
    expect(all.uptime[0]!.share).toBe(1);
    expect(all.tills).toEqual(['KASSA1', 'KASSA2']);
    const one = await source().history({ till: 'KASSA1' }, 'en');
    expect(one.events.every((e) => e.till === 'KASSA1')).toBe(true);
    const future = await source().history({ from: '2999-01-01' }, 'en');
    expect(future.events).toEqual([]);
  });

  it('says the main till cannot be reached in plain words', async () => {
    const failed = { ok: false as const, at: new Date().toISOString(), latencyMs: 3, reason: 'LOGIN_FAILED' as const, detail: 'Login failed for user' };
    const fleet = fleetView(config, failed, service.history, 'sv');
    expect(fleet.poll).toMatchObject({ state: 'unreachable', reason: 'inloggningen nekades' });
    expect(fleet.tills.map((t) => t.name).sort()).toEqual(['KASSA1', 'KASSA2']);
  });

  it('runs the doctor and repairs the DSN to the way of writing its server that works', async () => {
    const live = source();
    const view = await live.checkConnection('sv');
    expect(view.ok).toBe(true);
    expect(view.probes.map((p) => p.state)).not.toContain('failed');
    // The DSN names a computer that is gone; the main till as last polled answers as the same instance.
    const outcome = await live.repair('sv');
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toContain(`pekar nu på ${HOST}\\PCKASSA (förut: GAMMAL\\PCKASSA)`);
    expect(readFileSync(odbcIni, 'utf8')).toContain(`Server=${HOST}\\PCKASSA`);
    expect(logged).toEqual([]);
  });
});

describe('live console source with no main till set', () => {
  it('points to Inställningar, not to command-line options, when there is nothing to check or repair', async () => {
    // PC-Kassa's DSN without a server, and none in the settings (a first start).
    const emptyIni = join(dir, 'no-server-odbc.ini');
    writeFileSync(emptyIni, '[Nutid - PC Kassa]\nDriver=FreeTDS\n');
    const log = (line: string) => logged.push(line);
    const unset = new KassavaktService({
      dataDir: mkdtempSync(join(tmpdir(), 'kassavakt-console-noserver-')),
      config: configSchema.parse({}),
      log: { info: log, warn: log, error: log },
      dsnStore: (name) => new UnixOdbcDsnStore(name, async () => ({ user: emptyIni })),
    });
    try {
      const live = serviceSource(unset);
      const inSettings = 'fyll i huvudkassans server under Inställningar i översikten';
      const check = await live.checkConnection('sv');
      expect(check.summary).toContain(inSettings);
      const repair = await live.repair('sv');
      expect(repair).toMatchObject({ ok: false, message: expect.stringContaining(inSettings) });
      expect(check.summary + repair.message).not.toMatch(/--server|--dsn/);
    } finally {
      await unset.close();
    }
  });
});

describe('the settings page over HTTP when the settings file names no server', () => {
  /** A service whose PC-Kassa DSN is `ini`, its page over `settings` (config.json), signed in. */
  async function pageOver(ini: string, settings: Record<string, unknown>) {
    const data = mkdtempSync(join(tmpdir(), 'kassavakt-console-dsn-'));
    const configFile = join(data, 'config.json');
    writeFileSync(configFile, `${JSON.stringify(settings)}\n`, { mode: 0o600 });
    const log = (line: string) => logged.push(line);
    const own = new KassavaktService({
      dataDir: data,
      config: configSchema.parse(settings),
      log: { info: log, warn: log, error: log },
      dsnStore: (name) => new UnixOdbcDsnStore(name, async () => ({ user: ini })),
    });
    const savedConfigs: Config[] = [];
    const handle = await startServiceConsole(own, { configFile, log, onConfigSaved: (saved) => savedConfigs.push(saved) });
    const cookie = await signIn(handle.port, handle.newUrl());
    const get = async () => (await send(handle.port, '/settings', { headers: { Cookie: cookie } })).body;
    const save = async (fields: Record<string, string>) => (await saveSettings(handle.port, cookie, { pollSchedule: '* * * * *', ...fields })).status;
    const close = async () => {
      await handle.close();
      await own.close();
    };
    return { configFile, get, save, close, savedConfigs };
  }
  const serverField = (html: string) => /<input type="text" id="server" name="server" value="([^"]*)"/.exec(html)![1];
  const NOTE = 'Ifylld från PC-Kassas ODBC-koppling (DSN &quot;Nutid - PC Kassa&quot;). Stämmer den? Klicka Spara.';

  it('shows the server PC-Kassa\'s DSN leads to, says where it came from, and saves it when confirmed', async () => {
    const ini = join(dir, 'dsn-for-settings-odbc.ini');
    writeFileSync(ini, `[Nutid - PC Kassa]\nDriver=FreeTDS\nServer=${HOST}\\PCKASSA\nPort=${sim.port}\n`);
    const page = await pageOver(ini, { user: 'kassavakt', password: 'kassavakt' });
    try {
      const first = await page.get();
      // The Port key wins over the instance, as tdsodbc reads it: the server the tray polls.
      expect(serverField(first)).toBe(`${HOST},${sim.port}`);
      expect(first).toContain(NOTE);
      expect(JSON.parse(readFileSync(page.configFile, 'utf8')).server).toBeUndefined();

      expect(await page.save({ server: serverField(first)! })).toBe(303);
      expect(JSON.parse(readFileSync(page.configFile, 'utf8')).server).toBe(`${HOST},${sim.port}`);
      expect(page.savedConfigs.map((saved) => saved.server)).toEqual([`${HOST},${sim.port}`]);
      const saved = await page.get();
      expect(serverField(saved)).toBe(`${HOST},${sim.port}`);
      expect(saved).not.toContain('id="server-note"');
    } finally {
      await page.close();
    }
  });

  it('leaves the field empty, without the note, when the DSN is missing', async () => {
    const ini = join(dir, 'other-dsn-odbc.ini');
    writeFileSync(ini, '[Något annat]\nDriver=FreeTDS\nServer=ANNAN\\PCKASSA\n');
    const page = await pageOver(ini, { user: 'kassavakt' });
    try {
      const html = await page.get();
      expect(serverField(html)).toBe('');
      expect(html).not.toContain('id="server-note"');
    } finally {
      await page.close();
    }
  });

  it('shows the file\'s own server, not the DSN\'s', async () => {
    const ini = join(dir, 'dsn-elsewhere-odbc.ini');
    writeFileSync(ini, '[Nutid - PC Kassa]\nDriver=FreeTDS\nServer=ANNAN\\PCKASSA\n');
    const page = await pageOver(ini, { server: 'KASSA1\\PCKASSA', user: 'kassavakt' });
    try {
      const html = await page.get();
      expect(serverField(html)).toBe('KASSA1\\PCKASSA');
      expect(html).not.toContain('id="server-note"');
    } finally {
      await page.close();
    }
  });
});
