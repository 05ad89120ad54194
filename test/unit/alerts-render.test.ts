// Every notice the policy can give, in all three languages: short titles, no leftover placeholders.
import { describe, expect, it } from 'vitest';
import { NOTICE_KINDS, type Notice } from '../../src/core/alerts/index.js';
import type { Change } from '../../src/core/alerts/delivery.js';
import { renderNotice, renderSummary } from '../../src/core/alerts/render.js';
import type { Finding, FindingCode } from '../../src/core/findings.js';
import { LANGS, type Lang } from '../../src/core/i18n.js';
import { assessFleet } from '../../src/core/rules.js';
import { each, ok, runScenario, STARTED, till, type Step } from '../support/alertScenario.js';

const CODES: FindingCode[] = ['EDITION_MISMATCH', 'VERSION_MISMATCH', 'DUPLICATE_CLIENT_ID', 'UNKNOWN_VERSION', 'MISSING_CLIENT_ID', 'INVALID_CLIENT_ID'];
const finding = (code: FindingCode): Finding => ({ code, severity: 'warning', tills: ['KASSA2', 'BACKOFFICE'], message: 'M.', advice: 'A.' });
const rollout = { major: 38, release: 6, version: '38,6', on: ['KASSA1'], behind: ['KASSA2', 'BACKOFFICE'] };

const everyChange: Change[] = [
  { kind: 'unreachable', verdict: 'V.' },
  { kind: 'unreachable', verdict: '' },
  { kind: 'reachable' },
  { kind: 'unstable' },
  { kind: 'stable', reach: 'reachable', verdict: '' },
  { kind: 'stable', reach: 'unreachable', verdict: 'V.' },
  ...CODES.flatMap((code): Change[] => [
    { kind: 'finding', key: code, finding: finding(code) },
    { kind: 'cleared', key: code, finding: finding(code) },
    { kind: 'reminder', key: code, finding: finding(code) },
  ]),
  { kind: 'update', key: 'update:38,6', rollout },
  { kind: 'updateDone', key: 'update:38,6', rollout },
];

describe.each(LANGS)('notices in %s', (lang: Lang) => {
  const notices: Notice[] = [...everyChange.map((change) => renderNotice(change, lang)), renderSummary(everyChange, lang)];

  it('cover every kind', () => {
    expect(new Set(notices.map((n) => n.kind))).toEqual(new Set(NOTICE_KINDS));
  });

  it.each(notices.map((n, i) => [i, n] as const))('#%i has a title that fits a desktop notification and no placeholders left', (_i, notice) => {
    expect(notice.title.length).toBeGreaterThan(0);
    expect(notice.title.length).toBeLessThanOrEqual(64);
    expect(notice.body.length).toBeGreaterThan(0);
    expect(`${notice.title} ${notice.body}`).not.toMatch(/[{}]/);
  });
});

describe('the same scenario in each language', () => {
  const fleet = (k1: string, k2: string, bo: string) => [till('KASSA1', 1, k1, 'main'), till('KASSA2', 2, k2), till('BACKOFFICE', 2, bo, 'backoffice')];
  const steps: Step[] = [...STARTED, ...each(10, 19, ok(fleet('38,5', '38,5', '38,5'))), ...each(20, 29, ok(fleet('38,6', '38,5', '38,5')))];
  const rendered = (lang: Lang) => runScenario(steps, { lang }).told.map(({ notice }) => [notice.kind, notice.title, notice.body]);

  it.each<[Lang, string[][]]>([
    [
      'sv',
      [
        ['finding', 'Två kassor har samma Klient ID', expect.stringMatching(/^KASSA2 och BACKOFFICE har samma Klient ID \(2\)\./) as unknown as string],
        ['update', 'Uppdatera resten av kassorna', 'KASSA1 kör nu 38,6 – uppdatera KASSA2 och BACKOFFICE innan ni öppnar.'],
      ],
    ],
    [
      'nb',
      [
        ['finding', 'To kasser har samme klient-ID', expect.stringMatching(/^KASSA2 og BACKOFFICE har samme klient-ID \(2\)\./) as unknown as string],
        ['update', 'Oppdater resten av kassene', 'KASSA1 kjører nå 38,6 – oppdater KASSA2 og BACKOFFICE før dere åpner.'],
      ],
    ],
    [
      'en',
      [
        ['finding', 'Two tills share a Client ID', expect.stringMatching(/^KASSA2 and BACKOFFICE share the same Client ID \(2\)\./) as unknown as string],
        ['update', 'Update the other tills', 'KASSA1 now on 38,6 – update KASSA2 and BACKOFFICE before you open.'],
      ],
    ],
  ])('%s', (lang, expected) => {
    expect(rendered(lang)).toEqual(expected);
  });
});

describe('a summary', () => {
  it('is as severe as its worst line and lists one line per change', () => {
    const [dup] = assessFleet([till('KASSA1', 1, '38,5', 'main'), till('BO', 1, '38,5', 'backoffice')], 'sv').findings;
    const summary = renderSummary(
      [
        { kind: 'unreachable', verdict: 'Porten är stängd.' },
        { kind: 'finding', key: 'k', finding: dup! },
        { kind: 'updateDone', key: 'update:38,6', rollout },
      ],
      'sv',
    );
    expect(summary).toEqual({
      kind: 'summary',
      severity: 'error',
      title: 'Läget just nu: 3 saker',
      body: [
        '• Huvudkassan svarar inte: Porten är stängd.',
        '• KASSA1 och BO har samma Klient ID (1).',
        '• Alla kassor kör nu 38,6.',
      ].join('\n'),
    });
  });
});

describe('a notice of a huge fleet', () => {
  // notify-send gets the body as one argument, and Linux refuses any argument over 128 KB (E2BIG).
  const ARGUMENT_LIMIT = 128 * 1024;
  const many = (n: number): Change[] =>
    Array.from({ length: n }, (_, i): Change => ({ kind: 'finding', key: `k${i}`, finding: { ...finding('UNKNOWN_VERSION'), message: `KASSA${i} kör en version som inte går att läsa.` } }));

  it.each<[Lang, string]>([
    ['sv', '…och 99992 till'],
    ['nb', '…og 99992 til'],
    ['en', '…and 99992 more'],
  ])('a summary of 100,000 findings names the first few and counts the rest (%s)', (lang, more) => {
    const summary = renderSummary(many(100_000), lang);
    const lines = summary.body.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe('• KASSA0 kör en version som inte går att läsa.');
    expect(lines[8]).toBe(more);
    expect(summary.title).toMatch(/100000/);
    expect(Buffer.byteLength(summary.body)).toBeLessThan(ARGUMENT_LIMIT / 10);
  });

  it('cuts one finding that names 200,000 tills, in a summary line and in its own notice', () => {
    const tills = Array.from({ length: 200_000 }, (_, i) => `KASSA${i}`);
    const huge: Change = { kind: 'finding', key: 'k', finding: { ...finding('VERSION_MISMATCH'), tills, message: `${tills.join(', ')} kör olika versioner.` } };
    const notice = renderNotice(huge, 'sv');
    expect(notice.body).toMatch(/^KASSA0, KASSA1, .*…$/);
    expect(Buffer.byteLength(notice.body)).toBeLessThan(ARGUMENT_LIMIT / 10);
    const summary = renderSummary([huge, ...many(2)], 'sv');
    expect(summary.body.split('\n')).toHaveLength(3);
    expect(Buffer.byteLength(summary.body)).toBeLessThan(ARGUMENT_LIMIT / 10);
  });

  it('never cuts a character in half', () => {
    const emoji: Change = { kind: 'finding', key: 'k', finding: { ...finding('UNKNOWN_VERSION'), message: '🧾'.repeat(1000), advice: '' } };
    for (const lang of LANGS) expect(renderNotice(emoji, lang).body).toMatch(/^(🧾)+…$/u);
  });
});


describe('a till name with a line break', () => {
  it('stays on its line in a notice and in a summary', () => {
    const [dup] = assessFleet([till('K1\nAllt är bra', 1, '38,5', 'main'), till('K2\r\nInga fel', 1, '38,5')], 'sv').findings;
    const change: Change = { kind: 'finding', key: 'k', finding: dup! };
    expect(renderNotice(change, 'sv').body).toMatch(/^K1\\u000AAllt är bra och K2\\u000D\\u000AInga fel har samma Klient ID \(1\)\.[^\n\r]*$/);
    expect(renderSummary([change, { kind: 'cleared', key: 'k', finding: dup! }], 'sv').body.split('\n')).toHaveLength(2);
  });
});
