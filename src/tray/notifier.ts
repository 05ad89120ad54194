// Desktop notifications through node-notifier (notify-send on Linux, toast on Windows): one per notice.
// Title and body show control characters as visible escapes and markup as text (a till name may carry any).
import notifier from 'node-notifier';
import { join } from 'node:path';
import type { Severity } from '../core/findings.js';
import { visibleText } from '../core/visibleText.js';
import { APP_ID } from '../platform/autostart.js';

export interface DesktopNotice {
  title: string;
  body: string;
  severity: Severity;
}

export type Notify = (notice: DesktopNotice) => Promise<void>;

const SEVERITY_ICON: Record<Severity, string> = { error: 'error.png', warning: 'warning.png', info: 'ok.png' };

/**
 * The body as notify-send needs it on Linux. By the freedesktop.org spec a body may carry markup that
 * dunst, GNOME and KDE draw (<b>, <a href>, entities; the summary is plain text), so <, > and & become
 * entities and a till name "<b>K1</b>" is shown as typed. notify-send reads C escapes (g_strcompress),
 * which would make the text "\033" an ESC: every backslash is doubled. A Windows toast (SnoreToast)
 * gets the text as an XML text node, where nothing is markup.
 */
function bodyText(text: string): string {
  if (process.platform !== 'linux') return text;
  return text.replace(/[<>&]/g, (char) => MARKUP_ENTITIES[char]!).replaceAll('\\', '\\\\');
}

const MARKUP_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

export type NotifierOptions = Parameters<typeof notifier.notify>[0];
/** How a notification reaches node-notifier (tests record what would be sent). */
export type SendNotification = (options: NotifierOptions, done: (error: Error | null) => void) => void;

const viaNodeNotifier: SendNotification = (options, done) => notifier.notify(options, (error) => done(error));

/**
 * `appName` is what notify-send shows as the sender on Linux; `iconDir` holds the tray icons, each
 * notification shows the one of its severity.
 */
export function desktopNotifier(appName: string, iconDir: string, send: SendNotification = viaNodeNotifier): Notify {
  return (notice) =>
    new Promise((resolve, reject) => {
      send(
        {
          title: visibleText(notice.title),
          message: bodyText(visibleText(notice.body)),
          icon: join(iconDir, SEVERITY_ICON[notice.severity]),
          // The AppUserModelID the installer's Start-menu shortcut carries: Windows shows a toast only
          // for an ID a shortcut has, so it is the fixed ID, never a name that may be translated.
          appID: APP_ID,
          'app-name': appName,
          wait: false,
        } as NotifierOptions,
        (error) => (error ? reject(error) : resolve()),
      );
    });
}
