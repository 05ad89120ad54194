// Desktop notifications on a real (virtual) desktop: node-notifier → notify-send → D-Bus → dunst, with
// a till name that carries terminal escapes, a bidi override or markup, as a database or snapshot may give it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDesktop, waitUntil, type Desktop } from '../support/desktop.js';
import { desktopNotifier } from '../../src/tray/notifier.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const ICONS = fileURLToPath(new URL('../../dist/icons/', import.meta.url));
const HOSTILE = 'K2\u001b]0;PWNED\u0007\u001b[2J';
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let desktop: Desktop | undefined;
const busBefore = process.env.DBUS_SESSION_BUS_ADDRESS;

beforeAll(async () => {
  desktop = await startDesktop(ARTIFACTS);
  // notify-send, started by node-notifier, talks to the bus named in this process's environment.
  process.env.DBUS_SESSION_BUS_ADDRESS = desktop.env.DBUS_SESSION_BUS_ADDRESS;
});

afterAll(async () => {
  if (busBefore === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
  else process.env.DBUS_SESSION_BUS_ADDRESS = busBefore;
  await desktop?.stop();
});

describe('desktop notifications', () => {
  it('show control characters in the title and body as visible escapes', async () => {
    const notify = desktopNotifier('Kassavakt', ICONS);
    await notify({ title: `${HOSTILE}: samma Klient ID`, body: `Byt Klient ID på KASSA\u202e1 och ${HOSTILE}.`, severity: 'error' });
    await waitUntil(() => desktop!.notifications().length === 1, 10_000, 'the notification on D-Bus');
    const [shown] = desktop!.notifications();
    expect(shown!.summary).toBe('K2\\u001B]0;PWNED\\u0007\\u001B[2J: samma Klient ID');
    expect(shown!.body).toBe('Byt Klient ID på KASSA\\u202E1 och K2\\u001B]0;PWNED\\u0007\\u001B[2J.');
    expect(shown!.summary + shown!.body).not.toMatch(RAW_CONTROL);
  });

  it('keeps a backslash in the body a backslash (notify-send would make "\\033" an ESC)', async () => {
    const before = desktop!.notifications().length;
    await desktopNotifier('Kassavakt', ICONS)({ title: 'Okänd version', body: 'KASSA\\033[2J kör C:\\PC-Kassa\\new', severity: 'warning' });
    await waitUntil(() => desktop!.notifications().length === before + 1, 10_000, 'the notification on D-Bus');
    expect(desktop!.notifications().at(-1)!.body).toBe('KASSA\\033[2J kör C:\\PC-Kassa\\new');
  });

  it('shows markup in the body as the text it is (dunst renders <b>, <a href> and &amp; in a body)', async () => {
    const name = 'KASSA <b>1</b> & <a href="http://example.com/">Klicka</a> &amp; <i>x';
    const body = `Byt Klient ID på ${name}.`;
    await desktopNotifier('Kassavakt', ICONS)({ title: `${name}: samma Klient ID`, body, severity: 'error' });
    const shown = await dunstShown(`${name}: samma Klient ID`);
    expect(renderedText(shown.message)).toBe(`${name}: samma Klient ID\n${body}`);
  });
});

/** Pango markup (what dunst draws) as the text a user sees: tags gone, entities decoded. */
function renderedText(markup: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return markup.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => entities[name]!);
}

/** dunst's own record of a notification, the markup it draws ("message": summary in bold, then the body). */
async function dunstShown(summary: string): Promise<{ message: string }> {
  const dunstctl = (...args: string[]) => spawnSync('dunstctl', args, { env: desktop!.env, encoding: 'utf8', timeout: 5000 });
  let found: { message: string } | undefined;
  await waitUntil(
    () => {
      // dunst lists a notification in its history once it is closed.
      dunstctl('close-all');
      const history = JSON.parse(dunstctl('history').stdout) as { data: Array<Array<Record<string, { data: unknown }>>> };
      const entry = history.data[0]!.find((n) => n.summary!.data === summary);
      found = entry && { message: String(entry.message!.data) };
      return found !== undefined;
    },
    10_000,
    'the notification in dunst',
  );
  return found!;
}
