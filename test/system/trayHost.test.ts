// The tray menu as the host hands it to systray2's real helper on a virtual desktop (Xvfb + tint2): a
// till name with terminal escapes and a bidi override, as a database may give it, reaches the helper as
// visible escapes, in the menu the helper starts with and in a later update of one item. The lines are
// read where systray2 writes them to the helper's stdin; the helper itself runs and shows the icon.
import childProcess, { type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Till } from '../../src/core/fleet.js';
import { assessFleet } from '../../src/core/rules.js';
import { trayView, type TrayState } from '../../src/core/trayModel.js';
import { TrayHost } from '../../src/tray/trayHost.js';
import { startDesktop, waitUntil, type Desktop } from '../support/desktop.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const ICONS = fileURLToPath(new URL('../../dist/icons/', import.meta.url));
const HOSTILE = 'K2\u001b]0;PWNED\u0007\u001b[2J';
const SHOWN = 'K2\\u001B]0;PWNED\\u0007\\u001B[2J';
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

interface WireItem {
  title: string;
  tooltip?: string;
  items?: WireItem[];
}

let desktop: Desktop | undefined;
let host: TrayHost | undefined;
/** Every line systray2 wrote to the helper's stdin, parsed. */
const sent: unknown[] = [];
const displayBefore = process.env.DISPLAY;

function state(tills: Till[]): TrayState {
  return { lang: 'sv', platform: 'linux', connection: 'reachable', setupProblems: [], tills, findings: assessFleet(tills, 'sv').findings, autostart: false, now: new Date() };
}

const fleet: Till[] = [
  { name: 'KASSA1', clientId: 1, version: '38,5', role: 'main' },
  { name: HOSTILE, clientId: 2, version: '38,5', role: 'sales' },
  { name: 'KONTOR\u202eET', clientId: 2, version: '38,5', role: 'backoffice' },
];

function titles(items: WireItem[]): string[] {
  return items.flatMap((item) => [item.title, ...(item.items ? titles(item.items) : [])]);
}

beforeAll(async () => {
  desktop = await startDesktop(ARTIFACTS);
  // The helper is started by systray2 in this process, on the virtual desktop.
  process.env.DISPLAY = desktop.display;
  const spawn = childProcess.spawn;
  vi.spyOn(childProcess, 'spawn').mockImplementation(((...args: Parameters<typeof spawn>) => {
    const child: ChildProcess = spawn(...args);
    const stdin = child.stdin!;
    const write = stdin.write.bind(stdin) as (chunk: string, ...rest: unknown[]) => boolean;
    stdin.write = ((chunk: string, ...rest: unknown[]) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) sent.push(JSON.parse(line));
      return write(chunk, ...rest);
    }) as typeof stdin.write;
    return child;
  }) as typeof spawn);
  const view = { ...trayView(state(fleet)), tooltip: `Kassavakt – ${HOSTILE}` };
  host = await TrayHost.start(view, {
    iconDir: ICONS,
    helperDir: mkdtempSync(join(tmpdir(), 'kv-trayhost-')),
    onClick: () => undefined,
    onHelperExit: () => undefined,
  });
});

afterAll(async () => {
  await host?.stop();
  vi.restoreAllMocks();
  if (displayBefore === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = displayBefore;
  await desktop?.stop();
});

describe('the tray menu sent to the helper', () => {
  it('shows control characters in titles and the tooltip as visible escapes from the start', async () => {
    await waitUntil(() => desktop!.trayIcon() !== null, 10_000, 'the icon in the tray');
    const menu = sent[0] as { tooltip: string; items: WireItem[] };
    expect(menu.tooltip).toBe(`Kassavakt – ${SHOWN}`);
    const all = titles(menu.items);
    expect(all.some((title) => title.startsWith(`${SHOWN} – 38,5`))).toBe(true);
    expect(all.some((title) => title.includes(`${SHOWN} och KONTOR\\u202EET har samma Klient ID`))).toBe(true);
    expect(JSON.stringify(menu)).not.toMatch(RAW_CONTROL);
  });

  it('shows them escaped in an item that changes later', async () => {
    const before = sent.length;
    await host!.update(trayView(state([...fleet, { name: 'NY\u001b[31mKASSA', clientId: 3, version: '38,5', role: 'sales' }])));
    const updates = sent.slice(before) as Array<{ type: string; item?: WireItem }>;
    const changed = updates.filter((action) => action.type === 'update-item').map((action) => action.item!.title);
    expect(changed.some((title) => title.startsWith('NY\\u001B[31mKASSA – 38,5'))).toBe(true);
    expect(JSON.stringify(updates)).not.toMatch(RAW_CONTROL);
  });
});
