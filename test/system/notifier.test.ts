// Desktop notifications on a real (virtual) desktop: node-notifier → notify-send → D-Bus → dunst, with
// a till name that carries terminal escapes and a bidi override, as a database or snapshot may give it.
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
});
