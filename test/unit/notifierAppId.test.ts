// The toast's AppUserModelID is the fixed one the installer's Start-menu shortcut carries (APP_ID),
// whatever name the notification shows: Windows drops, without a word, a toast whose ID no shortcut has.
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../src/platform/autostart.js';
import { desktopNotifier, type NotifierOptions } from '../../src/tray/notifier.js';

describe('desktopNotifier', () => {
  it('passes APP_ID as appID, and the shown name only as the sender name', async () => {
    const sent: NotifierOptions[] = [];
    const notify = desktopNotifier('Kassavakten', '/icons', (options, done) => {
      sent.push(options);
      done(null);
    });
    await notify({ title: 'KASSA2 svarar inte', body: 'Sedan 08:00.', severity: 'warning' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ appID: APP_ID, 'app-name': 'Kassavakten', icon: '/icons/warning.png', wait: false });
    expect(APP_ID).toBe('Kassavakt');
  });

  it('rejects when the notification cannot be sent', async () => {
    const notify = desktopNotifier('Kassavakt', '/icons', (_options, done) => done(new Error('SnoreToast failed')));
    await expect(notify({ title: 't', body: 'b', severity: 'info' })).rejects.toThrow('SnoreToast failed');
  });
});
