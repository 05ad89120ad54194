// The tray through its ports: a fake clock, the real poll cycle fed with made-up polls, and recording
// stand-ins for the icon, the notifications, the browser and the download folder. No timer runs: every
// poll happens when the test says, at the time the test says.
import { describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../src/core/config.js';
import type { Till } from '../../src/core/fleet.js';
import type { PollResult } from '../../src/core/poll.js';
import { trayView, type SlotKey, type TrayState, type TrayView } from '../../src/core/trayModel.js';
import { judgeUpdateFile } from '../../src/core/updateFile.js';
import { PollCycle, type ConnectionCheck, type PollTiming, type RepairOutcome } from '../../src/service/index.js';
import type { DesktopNotice } from '../../src/tray/notifier.js';
import { TrayApp, type OpenedService, type TrayPorts, type TrayService } from '../../src/tray/trayApp.js';
import { DUPLICATE_ID, HEALTHY } from '../support/alertScenario.js';
import { STRINGS } from '../support/peFixtures.js';

const MINUTE = 60_000;
/** Monday 23 November 2026, 09:00 UTC: a whole hour, so every schedule below is due at the start. */
const T0 = Date.UTC(2026, 10, 23, 9, 0);

const good = (at: number, tills: Till[]): PollResult => ({
  ok: true,
  at: new Date(at).toISOString(),
  latencyMs: 3,
  server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' },
  sessions: [],
  snapshot: { tills },
});
const failed = (at: number): PollResult => ({ ok: false, at: new Date(at).toISOString(), latencyMs: 2000, reason: 'TIMEOUT', detail: 'Failed to connect in 2000ms' });

/** The service with the real poll cycle; each poll is the next one the test queued. */
class FakeService implements TrayService {
  readonly queued: PollResult[] = [];
  readonly cycle: PollCycle;
  checks = 0;
  started = false;
  closed = false;
  readonly connection = {
    check: async (): Promise<ConnectionCheck> => {
      this.checks += 1;
      return { at: new Date(T0).toISOString(), report: null };
    },
  };

  constructor(
    private readonly settings: Config,
    private readonly when: PollTiming,
  ) {
    this.cycle = new PollCycle({ poll: async () => this.queued.shift() ?? null, history: null, lang: () => settings.lang, log: () => undefined });
  }

  config(): Config {
    return this.settings;
  }

  timing(): PollTiming {
    return this.when;
  }

  async repair(): Promise<RepairOutcome> {
    return { kind: 'nothingFound' };
  }

  async start(): Promise<void> {
    this.started = true;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** One poll now, with this outcome, handled by the tray before it resolves. */
  async poll(result: PollResult): Promise<void> {
    this.queued.push(result);
    await this.cycle.pollNow();
  }
}

interface Harness {
  tray: TrayApp;
  service: FakeService;
  clock: { now: number };
  notices: { kind: string; notice: DesktopNotice }[];
  views: TrayView[];
  pages: string[];
  logged: string[];
  click(key: SlotKey): Promise<void>;
  /** A download the watcher judged, against the fleet the tray gave it at that moment. */
  download(file: 'fiscal' | 'nonfiscal'): Promise<void>;
  firstState(): TrayState;
}

interface HarnessOptions {
  config?: Partial<Config>;
  opened?: Partial<OpenedService>;
  /** Instead of opening at once: the test opens the service when it wants to. */
  openService?: (service: TrayService) => Promise<OpenedService>;
  asked?: { value: boolean };
}

function harness(options: HarnessOptions = {}): Harness {
  const config = configSchema.parse({ server: 'KASSA1\\PCKASSA', user: 'kassavakt', password: 'x', ...options.config });
  const service = new FakeService(config, { cron: config.pollSchedule });
  const clock = { now: T0 };
  const notices: Harness['notices'] = [];
  const views: TrayView[] = [];
  const pages: string[] = [];
  const logged: string[] = [];
  const asked = options.asked ?? { value: false };
  let onClick: (key: SlotKey) => void = () => undefined;
  let judge: ((verdict: ReturnType<typeof judgeUpdateFile>) => void) | null = null;
  let fleet: (() => { tills: Till[] } | undefined) | null = null;
  let first: TrayState | null = null;
  const log = (line: string) => void logged.push(line);
  const ports: TrayPorts = {
    clock: () => clock.now,
    openService: options.openService
      ? () => options.openService!(service)
      : async () => ({ service, setupProblems: [], settingsMissing: false, ...options.opened }),
    notify: async (kind, notice) => void notices.push({ kind, notice }),
    autostart: { isEnabled: async () => false, setEnabled: async () => undefined },
    showTray: async (state, click) => {
      first = state;
      onClick = click;
      return { update: async (view: TrayView) => void views.push(view), stop: async () => undefined, helperPid: 4242 };
    },
    openPage: async (path) => void pages.push(path),
    closePages: async () => void logged.push('pages closed'),
    watchDownloads: (fleetNow, onVerdict) => {
      fleet = fleetNow;
      judge = onVerdict;
      return { close: async () => undefined };
    },
    settingsAsked: { get: () => asked.value, set: () => void (asked.value = true) },
    log: { info: log, warn: log, error: log },
    close: async () => undefined,
  };
  const tray = new TrayApp({ lang: 'sv', platform: 'linux' }, ports);
  return {
    tray,
    service,
    clock,
    notices,
    views,
    pages,
    logged,
    click: async (key) => {
      onClick(key);
      // A click starts its work without waiting; let it finish.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    download: async (file) => {
      const reading = { status: 'ok' as const, strings: STRINGS[file], fixedFileVersion: '38.5.0.0' };
      judge!(judgeUpdateFile({ file: 'pckassaupp32.exe', reading, tills: fleet!()?.tills }, 'sv'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    firstState: () => first!,
  };
}

describe('TrayApp with a sparse schedule', () => {
  // The main till has a duplicate Client ID from the start, is down for four polls, then back.
  const story = (k: number, at: number): PollResult => (k < 6 ? good(at, DUPLICATE_ID) : k < 10 ? failed(at) : good(at, DUPLICATE_ID));

  it.each([
    ['* * * * *', 1],
    ['*/5 * * * *', 5],
    ['*/10 * * * *', 10],
    ['0 * * * *', 60],
  ])('notifies with pollSchedule %j (every %i min): the finding, the outage, the recovery', async (cron, minutes) => {
    const { tray, service, clock, notices } = harness({ config: { pollSchedule: cron } });
    await tray.start();
    for (let k = 0; k < 13; k++) {
      clock.now = T0 + k * minutes * MINUTE;
      await service.poll(story(k, clock.now));
    }
    expect(notices.map((n) => n.kind)).toEqual(['finding', 'unreachable', 'reachable']);
    expect(notices[0]!.notice.title).toBe('Två kassor har samma Klient ID');
    // The doctor is asked once, at the failed poll that confirms the outage.
    expect(service.checks).toBe(1);
  });
});

describe('TrayApp start', () => {
  it('shows the grey icon before the settings are read and the service is open', async () => {
    let open!: () => void;
    const h = harness({
      openService: (service) => new Promise((resolve) => (open = () => resolve({ service, setupProblems: [], settingsMissing: false }))),
    });
    const starting = h.tray.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(trayView(h.firstState())).toMatchObject({ icon: 'offline', tooltip: 'Kassavakt – Ansluter till huvudkassan …' });
    expect(h.service.started).toBe(false);
    open();
    await starting;
    expect(h.service.started).toBe(true);
  });

  it('opens the settings page by itself once, on the first start without a login, and never again', async () => {
    const asked = { value: false };
    const missing = { setupProblems: ['Kassavakt behöver användarnamn och lösenord till databasen – klicka här och fyll i under Inställningar'], settingsMissing: true };
    const first = harness({ opened: missing, asked });
    await first.tray.start();
    expect(first.pages).toEqual(['/settings']);
    expect(asked.value).toBe(true);
    // The menu line says what is missing and leads to the same page.
    await first.click('line0');
    expect(first.pages).toEqual(['/settings', '/settings']);

    const second = harness({ opened: missing, asked });
    await second.tray.start();
    expect(second.pages).toEqual([]);
  });

  it('leaves the browser alone when the settings are complete', async () => {
    const h = harness();
    await h.tray.start();
    expect(h.pages).toEqual([]);
    await h.click('overview');
    expect(h.pages).toEqual(['/']);
  });
});

describe('TrayApp downloads', () => {
  it('judges a download against the last good poll after the main till stopped answering, and says how old that is', async () => {
    const h = harness();
    await h.tray.start();
    await h.service.poll(good(T0, HEALTHY));
    h.clock.now = T0 + MINUTE;
    await h.service.poll(failed(h.clock.now));
    h.clock.now = T0 + 25 * MINUTE;
    await h.download('nonfiscal');
    const { notice } = h.notices.find((n) => n.kind === 'download')!;
    expect(notice.title).toMatch(/^Fel fil/);
    expect(notice.severity).toBe('error');
    expect(notice.body).toMatch(/Bedömd mot kassorna som de såg ut \d{4}-\d\d-\d\d \d\d:00 \(för 25 min sedan\): huvudkassan har inte svarat sedan dess\.$/);
  });

  it('says nothing about age while the latest poll is the good one', async () => {
    const h = harness();
    await h.tray.start();
    await h.service.poll(good(T0, HEALTHY));
    await h.download('fiscal');
    const { notice } = h.notices.find((n) => n.kind === 'download')!;
    expect(notice.title).toMatch(/^Rätt fil/);
    expect(notice.body).not.toContain('Bedömd mot');
  });
});

describe('TrayApp menu', () => {
  it('polls on "Kontrollera nu" and shows the result in the menu', async () => {
    const h = harness();
    await h.tray.start();
    h.service.queued.push(good(T0, DUPLICATE_ID));
    await h.click('checkNow');
    expect(h.views.at(-1)!.icon).toBe('error');
    expect(h.logged).toContain('poll ok: 3 tills, 1 findings');
  });

  it('keeps the tills it knows through a poll that could list none (the profile did not compile)', async () => {
    const h = harness();
    await h.tray.start();
    h.service.queued.push(good(T0, DUPLICATE_ID));
    await h.click('checkNow');
    const nothingRead: PollResult = {
      ok: true,
      at: new Date(T0 + MINUTE).toISOString(),
      latencyMs: 3,
      server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' },
      sessions: null,
      snapshot: { tills: [] },
      profileError: "Invalid column name 'Saknas'. [207]",
    };
    h.service.queued.push(nothingRead);
    await h.click('checkNow');
    // The findings are this poll's (PROFILE_FAILED), the tills the last ones it knew.
    expect(h.logged.filter((line) => line.startsWith('poll ok'))).toEqual(['poll ok: 3 tills, 1 findings', 'poll ok: 3 tills, 1 findings']);
    const tillsLine = (view: TrayView) => view.menu.find((slot) => slot.key === 'tills')!;
    expect(tillsLine(h.views.at(-1)!)).toEqual(tillsLine(h.views.at(-2)!));
    expect(tillsLine(h.views.at(-1)!).hidden).toBeFalsy();
  });

  it('tells the repair’s outcome and checks again', async () => {
    const h = harness();
    await h.tray.start();
    h.service.queued.push(good(T0, HEALTHY));
    await h.click('repair');
    expect(h.notices).toEqual([
      { kind: 'repair', notice: { title: 'Reparera anslutning', body: 'Kassavakt hittade inget annat sätt att nå huvudkassan, så inget att ändra.', severity: 'warning' } },
    ]);
    expect(h.service.queued).toEqual([]);
  });

  it('quits: the service is closed and the log says so last', async () => {
    const h = harness();
    await h.tray.start();
    await h.click('quit');
    await h.tray.done;
    expect(h.service.closed).toBe(true);
    // The page stops before the service it reads from; the log says last that all has stopped.
    expect(h.logged.slice(-2)).toEqual(['pages closed', 'tray stopped']);
  });
});
