// The alert policy against the spam cases: each scenario is (minute, input) steps on a fake clock and
// the exact notices a store manager should get, as a timeline.
import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../../src/core/alerts/index.js';
import {
  DUPLICATE_AND_MISSING,
  DUPLICATE_ID,
  each,
  fail,
  HEALTHY,
  MISSING_ID,
  ok,
  runScenario,
  settings,
  snooze,
  start,
  STARTED,
  tick,
  till,
  timeline,
  toInput,
  VERDICT,
  wake,
  type Step,
} from '../support/alertScenario.js';

const told = (steps: Step[], alertSettings = settings()) => timeline(runScenario(steps, { settings: alertSettings }).told);

describe('reachability of the main till', () => {
  it.each<[string, Step[], string[]]>([
    ['a single failed poll: nothing', [...STARTED, [10, fail()], ...each(11, 30, ok())], []],
    ['two failed polls in a row: nothing', [...STARTED, ...each(10, 11, fail()), ...each(12, 30, ok())], []],
    [
      '20 failures then recovery: one unreachable (at the 3rd), one reachable (at the 2nd good poll)',
      [...STARTED, ...each(10, 29, fail()), ...each(30, 40, ok())],
      ['m12 unreachable: Huvudkassan svarar inte', 'm31 reachable: Huvudkassan svarar igen'],
    ],
    [
      'one good poll inside an outage does not count as back',
      [...STARTED, ...each(10, 14, fail()), [15, ok()], ...each(16, 20, fail()), ...each(21, 25, ok())],
      ['m12 unreachable: Huvudkassan svarar inte', 'm22 reachable: Huvudkassan svarar igen'],
    ],
  ])('%s', (_name, steps, expected) => {
    expect(told(steps)).toEqual(expected);
  });

  it('the unreachable notice carries the doctor’s one-line verdict', () => {
    const { told: notices } = runScenario([...STARTED, ...each(10, 12, fail())]);
    expect(notices.map((n) => n.notice)).toEqual([
      { kind: 'unreachable', severity: 'error', title: 'Huvudkassan svarar inte', body: VERDICT, key: 'connection' },
    ]);
  });
});

describe('flapping', () => {
  const alternating = (minute: number) => (minute % 2 === 0 ? fail() : ok());
  const cycle = (minute: number) => ((minute - 10) % 5 < 3 ? fail() : ok());

  it.each<[string, Step[], string[]]>([
    [
      'failing every other poll for an hour: one "unstable", then one "steady again" 15 minutes after the last change',
      [...STARTED, ...each(10, 69, alternating), ...each(70, 100, ok())],
      ['m15 unstable: Anslutningen till huvudkassan är ostadig', 'm84 stable: Anslutningen är stadig igen'],
    ],
    [
      'down 3 minutes out of every 5 for an hour: down, back, then "unstable" instead of down again',
      [...STARTED, ...each(10, 69, cycle), ...each(70, 100, ok())],
      [
        'm12 unreachable: Huvudkassan svarar inte',
        'm14 reachable: Huvudkassan svarar igen',
        'm17 unstable: Anslutningen till huvudkassan är ostadig',
        'm84 stable: Anslutningen är stadig igen',
      ],
    ],
    [
      'flapping that ends in a real outage: 15 minutes after it is confirmed down, one notice saying so',
      [...STARTED, ...each(10, 29, alternating), ...each(30, 60, fail())],
      ['m15 unstable: Anslutningen till huvudkassan är ostadig', 'm47 stable: Huvudkassan svarar inte'],
    ],
    [
      'flapping calms down on clock ticks too, without polls',
      [...STARTED, ...each(10, 21, alternating), ...each(22, 40, tick)],
      ['m15 unstable: Anslutningen till huvudkassan är ostadig', 'm36 stable: Anslutningen är stadig igen'],
    ],
  ])('%s', (_name, steps, expected) => {
    expect(told(steps)).toEqual(expected);
  });
});

describe('finding episodes', () => {
  it('a duplicate Client ID opening then clearing: one notice each, in plain words with what to do', () => {
    const { told: notices } = runScenario([...STARTED, ...each(10, 30, ok(DUPLICATE_ID)), ...each(31, 40, ok())]);
    expect(notices).toEqual([
      {
        minute: 10,
        notice: {
          kind: 'finding',
          severity: 'error',
          title: 'Två kassor har samma Klient ID',
          body:
            'KASSA2 och BACKOFFICE har samma Klient ID (2). Byt Klient ID på BACKOFFICE till 3 ' +
            '(Arkiv – Inställningar – System Uppgifter). Ändra inte ID på KASSA2: en säljande kassas ID kan slå ut kontrollboxen.',
          key: 'DUPLICATE_CLIENT_ID:BACKOFFICE,KASSA2',
        },
      },
      {
        minute: 31,
        notice: {
          kind: 'cleared',
          severity: 'info',
          title: 'Löst: olika Klient ID igen',
          body: 'KASSA2 och BACKOFFICE har inte längre samma Klient ID.',
          key: 'DUPLICATE_CLIENT_ID:BACKOFFICE,KASSA2',
        },
      },
    ]);
  });

  it.each<[string, Step[], string[]]>([
    [
      'while the main till is unreachable nothing is re-evaluated: no "cleared" for a poll without data',
      [...STARTED, ...each(10, 19, ok(DUPLICATE_ID)), ...each(20, 40, fail()), ...each(41, 50, ok(DUPLICATE_ID))],
      [
        'm10 finding: Två kassor har samma Klient ID',
        'm22 unreachable: Huvudkassan svarar inte',
        'm42 reachable: Huvudkassan svarar igen',
      ],
    ],
    [
      'a poll that could not read the tills (findings unknown) changes nothing',
      [...STARTED, ...each(10, 19, ok(DUPLICATE_ID)), ...each(20, 30, ok(null)), ...each(31, 40, ok(DUPLICATE_ID))],
      ['m10 finding: Två kassor har samma Klient ID'],
    ],
    [
      'the problem fixed during an outage is told as solved once the main till answers again',
      [...STARTED, ...each(10, 19, ok(DUPLICATE_ID)), ...each(20, 30, fail()), ...each(31, 40, ok())],
      [
        'm10 finding: Två kassor har samma Klient ID',
        'm22 unreachable: Huvudkassan svarar inte',
        'm31 cleared: Löst: olika Klient ID igen',
        'm32 reachable: Huvudkassan svarar igen',
      ],
    ],
    [
      'more than three new problems at once come as one summary',
      [
        ...STARTED,
        [
          10,
          ok([
            till('KASSA1', 1, '38,5', 'main'),
            till('KASSA2', 1, '38,05'),
            till('KASSA3', undefined, '38,5'),
            till('BACKOFFICE', 5, 'okänd', 'backoffice'),
          ]),
        ],
      ],
      ['m10 summary: Läget just nu: 4 saker'],
    ],
  ])('%s', (_name, steps, expected) => {
    expect(told(steps)).toEqual(expected);
  });
});

describe('daily reminder', () => {
  // Polls every 10 minutes for two days and a bit, with the duplicate Client ID open from minute 60.
  const steps: Step[] = [[0, start], ...each(0, 50, ok(), 10), ...each(60, 3000, ok(DUPLICATE_ID), 10)];

  it('off: told once', () => {
    expect(told(steps, settings({}, 10))).toEqual(['m60 finding: Två kassor har samma Klient ID']);
  });

  it('on: told once, then once a day while it stays open', () => {
    expect(told(steps, settings({ dailyReminder: true }, 10))).toEqual([
      'm60 finding: Två kassor har samma Klient ID',
      'm1500 reminder: Påminnelse: Två kassor har samma Klient ID',
      'm2940 reminder: Påminnelse: Två kassor har samma Klient ID',
    ]);
  });
});

describe('grace after start and wake-up', () => {
  it.each<[string, Step[], string[]]>([
    [
      'start-up with an existing problem: nothing during the grace period, then one notice',
      [[0, start], ...each(0, 10, ok(DUPLICATE_ID))],
      ['m3 finding: Två kassor har samma Klient ID'],
    ],
    [
      'start-up with two problems: one summary after the grace period',
      [[0, start], ...each(0, 10, ok(DUPLICATE_AND_MISSING))],
      ['m3 summary: Läget just nu: 2 saker'],
    ],
    [
      'start-up with the main till down: one unreachable after the grace period',
      [[0, start], ...each(0, 10, fail())],
      ['m3 unreachable: Huvudkassan svarar inte'],
    ],
    [
      'the first input ever starts the grace period even without a start event',
      each(0, 10, ok(DUPLICATE_ID)),
      ['m3 finding: Två kassor har samma Klient ID'],
    ],
    [
      'wake-up after 8 hours with the network slow to return: nothing',
      [...STARTED, ...each(10, 20, ok()), ...each(500, 501, fail()), ...each(502, 530, ok())],
      [],
    ],
    [
      'wake-up after 8 hours, a problem arose overnight: one notice after the grace period',
      [...STARTED, ...each(10, 20, ok()), [500, fail()], ...each(501, 530, ok(DUPLICATE_ID))],
      ['m503 finding: Två kassor har samma Klient ID'],
    ],
    [
      'wake-up after 8 hours, two changes overnight: at most one summary',
      [...STARTED, ...each(10, 20, ok(DUPLICATE_ID)), ...each(500, 501, fail()), ...each(502, 530, ok(MISSING_ID))],
      ['m10 finding: Två kassor har samma Klient ID', 'm503 summary: Läget just nu: 2 saker'],
    ],
    [
      'wake-up after 8 hours into a real outage: one unreachable after the grace period',
      [...STARTED, ...each(10, 20, ok()), ...each(500, 530, fail())],
      ['m503 unreachable: Huvudkassan svarar inte'],
    ],
    [
      'an explicit wake event starts the grace period even without a clock jump',
      [...STARTED, [10, wake], ...each(10, 20, ok(DUPLICATE_ID))],
      ['m13 finding: Två kassor har samma Klient ID'],
    ],
  ])('%s', (_name, steps, expected) => {
    expect(told(steps)).toEqual(expected);
  });

  it('the summary after wake-up lists what is still true, one line each', () => {
    const steps: Step[] = [...STARTED, ...each(10, 20, ok(DUPLICATE_ID)), ...each(500, 501, fail()), ...each(502, 530, ok(MISSING_ID))];
    const summary = runScenario(steps).told.at(-1)!.notice;
    expect(summary).toEqual({
      kind: 'summary',
      severity: 'warning',
      title: 'Läget just nu: 2 saker',
      body: '• KASSA2 saknar Klient ID.\n• KASSA2 och BACKOFFICE har inte längre samma Klient ID.',
    });
  });
});

describe('snooze', () => {
  it.each<[string, Step[], string[]]>([
    [
      'a problem that opened and closed within the snooze: nothing',
      [...STARTED, [10, snooze(70)], ...each(10, 19, ok()), ...each(20, 29, ok(DUPLICATE_ID)), ...each(30, 80, ok())],
      [],
    ],
    [
      'a problem that opened and stayed: told once when the snooze ends',
      [...STARTED, [10, snooze(70)], ...each(10, 19, ok()), ...each(20, 80, ok(DUPLICATE_ID))],
      ['m70 finding: Två kassor har samma Klient ID'],
    ],
    [
      'an outage that recovered within the snooze: nothing',
      [...STARTED, [10, snooze(70)], ...each(10, 30, fail()), ...each(31, 80, ok())],
      [],
    ],
    [
      'came-and-went, stayed, solved and an outage inside one snooze: one summary of what is still true',
      [
        ...STARTED,
        ...each(10, 14, ok(DUPLICATE_ID)),
        [15, snooze(75)],
        ...each(15, 19, ok(DUPLICATE_ID)),
        ...each(20, 29, ok(HEALTHY)),
        ...each(30, 39, fail()),
        ...each(40, 49, ok(DUPLICATE_AND_MISSING)),
        ...each(50, 74, ok(MISSING_ID)),
        ...each(75, 80, tick),
      ],
      ['m10 finding: Två kassor har samma Klient ID', 'm75 summary: Läget just nu: 2 saker'],
    ],
    [
      'ending the snooze early delivers at once',
      [...STARTED, [10, snooze(70)], ...each(10, 30, ok(DUPLICATE_ID)), [31, snooze(null)], ...each(32, 40, ok(DUPLICATE_ID))],
      ['m31 finding: Två kassor har samma Klient ID'],
    ],
  ])('%s', (_name, steps, expected) => {
    expect(told(steps)).toEqual(expected);
  });
});

describe('quiet hours 22:00–07:00', () => {
  const quiet = settings({ quietHours: { start: '22:00', end: '07:00' } });
  // Minute 0 is midnight; the night from day 0 22:00 to day 1 07:00.
  const night = (m: number) => m;

  it('problems at night are held until 07:00 and told as what is still true', () => {
    const steps: Step[] = [
      [night(1200), start],
      ...each(1200, 1379, ok()), // 20:00–22:59
      ...each(1380, 1559, ok(DUPLICATE_ID)), // 23:00–01:59: opens and stays
      ...each(1560, 1619, ok(DUPLICATE_AND_MISSING)), // 02:00–02:59: a second one comes and goes
      ...each(1620, 1900, ok(DUPLICATE_ID)),
    ];
    expect(told(steps, quiet)).toEqual(['m1860 finding: Två kassor har samma Klient ID']);
  });

  it('an outage from 23:00 to 06:00 is not told at all', () => {
    const steps: Step[] = [[1200, start], ...each(1200, 1379, ok()), ...each(1380, 1799, fail()), ...each(1800, 1900, ok())];
    expect(told(steps, quiet)).toEqual([]);
  });

  it('a problem in the evening is told at once, before quiet hours start', () => {
    const steps: Step[] = [[1200, start], ...each(1200, 1259, ok()), ...each(1260, 1900, ok(DUPLICATE_ID))];
    expect(told(steps, quiet)).toEqual(['m1260 finding: Två kassor har samma Klient ID']);
  });
});

describe('update awareness', () => {
  const fleet = (k1: string, k2: string, bo: string) => [till('KASSA1', 1, k1, 'main'), till('KASSA2', 2, k2), till('BACKOFFICE', 3, bo, 'backoffice')];

  it('a rollout across 3 tills over several polls: one "update the others", one "all done"', () => {
    const steps: Step[] = [
      ...STARTED,
      ...each(10, 19, ok(fleet('38,5', '38,5', '38,5'))),
      ...each(20, 39, ok(fleet('38,6', '38,5', '38,5'))),
      ...each(40, 59, ok(fleet('38,6', '38,6', '38,5'))),
      ...each(60, 80, ok(fleet('38,6', '38,6', '38,6'))),
    ];
    const { told: notices } = runScenario(steps);
    expect(notices.map(({ minute, notice }) => [minute, notice.kind, notice.title, notice.body])).toEqual([
      [20, 'update', 'Uppdatera resten av kassorna', 'KASSA1 kör nu 38,6 – uppdatera KASSA2 och BACKOFFICE innan ni öppnar.'],
      [60, 'updateDone', 'Alla kassor kör nu 38,6', 'Uppdateringen är klar på alla kassor.'],
    ]);
  });

  it('a rollout that stalls still lets a later version mismatch be told after it is done', () => {
    const steps: Step[] = [
      ...STARTED,
      ...each(10, 19, ok(fleet('38,5', '38,5', '38,5'))),
      ...each(20, 29, ok(fleet('38,6', '38,5', '38,5'))),
      ...each(30, 39, ok(fleet('38,6', '38,6', '38,6'))),
      ...each(40, 49, ok([...fleet('38,6', '38,6', '38,6'), till('KASSA3', 4, '38,4')])),
    ];
    expect(told(steps)).toEqual([
      'm20 update: Uppdatera resten av kassorna',
      'm30 updateDone: Alla kassor kör nu 38,6',
      'm40 finding: Kassorna kör olika versioner',
    ]);
  });

  it('a backoffice given the wrong update file is an edition problem, not a release for the others to follow', () => {
    const steps: Step[] = [
      ...STARTED,
      ...each(10, 19, ok(fleet('38,5', '38,5', '38,5'))),
      ...each(20, 29, ok(fleet('38,5', '38,5', '38,06'))),
      ...each(30, 40, ok(fleet('38,5', '38,5', '38,6'))),
    ];
    const { told: notices } = runScenario(steps);
    expect(timeline(notices)).toEqual([
      'm20 finding: Fel utgåva av PC-Kassa',
      'm30 update: Uppdatera resten av kassorna',
      'm30 cleared: Löst: alla kassor kör rätt utgåva',
    ]);
    expect(notices[1]!.notice.body).toBe('BACKOFFICE kör nu 38,6 – uppdatera KASSA1 och KASSA2 innan ni öppnar.');
  });

  it('all tills updated between two polls: nothing to do, nothing told', () => {
    const steps: Step[] = [...STARTED, ...each(10, 19, ok(fleet('38,5', '38,5', '38,5'))), ...each(20, 30, ok(fleet('38,6', '38,6', '38,6')))];
    expect(told(steps)).toEqual([]);
  });

  it('an update started at night is told at 07:00 with who is still behind then', () => {
    const steps: Step[] = [
      [1200, start],
      ...each(1200, 1379, ok(fleet('38,5', '38,5', '38,5'))),
      ...each(1380, 1439, ok(fleet('38,6', '38,5', '38,5'))),
      ...each(1440, 1900, ok(fleet('38,6', '38,6', '38,5'))),
    ];
    const { told: notices } = runScenario(steps, { settings: settings({ quietHours: { start: '22:00', end: '07:00' } }) });
    expect(notices.map(({ minute, notice }) => [minute, notice.body])).toEqual([
      [1860, 'KASSA1 och KASSA2 kör nu 38,6 – uppdatera BACKOFFICE innan ni öppnar.'],
    ]);
  });
});

describe('notifications turned off', () => {
  it('tells nothing, and turning them on later tells only what changed since (the first good poll has the findings)', () => {
    const off = settings({ enabled: false });
    const first = runScenario([...STARTED, ...each(10, 30, ok(DUPLICATE_ID)), ...each(31, 40, fail())], { settings: off });
    expect(first.told).toEqual([]);
    const later = runScenario([...each(41, 50, fail()), ...each(51, 60, ok(MISSING_ID))], { state: first.state });
    expect(timeline(later.told)).toEqual([
      'm51 finding: En kassa saknar Klient ID',
      'm51 cleared: Löst: olika Klient ID igen',
      'm52 reachable: Huvudkassan svarar igen',
    ]);
  });
});

describe('the state between runs', () => {
  it('after a restart with the kept state only what changed is told, after the grace period', () => {
    const before = runScenario([...STARTED, ...each(10, 20, ok(DUPLICATE_ID))]);
    const after = runScenario([[30, start], ...each(30, 40, ok(DUPLICATE_ID))], { state: before.state });
    expect(timeline(after.told)).toEqual([]);
    const changed = runScenario([[30, start], ...each(30, 40, ok(HEALTHY))], { state: before.state });
    expect(timeline(changed.told)).toEqual(['m33 cleared: Löst: olika Klient ID igen']);
  });

  it('stays the same size across 5,000 polls, even flapping', () => {
    const flappingFleet = (minute: number) => (minute % 2 === 0 ? fail() : ok(DUPLICATE_ID));
    const size = (polls: number) => JSON.stringify(runScenario(each(0, polls, flappingFleet)).state).length;
    expect(size(5000)).toBe(size(100));
  });

  it('does not change the state it was given', () => {
    const before = runScenario([...STARTED, ...each(10, 20, ok(DUPLICATE_ID))]);
    const copy = structuredClone(before.state);
    runScenario(each(21, 30, fail()), { state: before.state });
    expect(before.state).toEqual(copy);
  });
});

describe('a very large fleet', () => {
  it('tells 200,000 problems at once as one summary (spread into a call, they overflowed the stack)', () => {
    const unreadable = Array.from({ length: 200_000 }, (_, i) => till(`KASSA${i}`, i, 'okänd'));
    const { state } = runScenario(STARTED);
    const { notices } = evaluateAlerts(state, toInput(10, ok(unreadable), 'sv'), settings(), 'sv');
    expect(notices.map((n) => n.title)).toEqual(['Läget just nu: 200000 saker']);
    const lines = notices[0]!.body.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[8]).toBe('…och 199992 till');
  });
});
