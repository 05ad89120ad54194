// Desktop notifications through node-notifier (notify-send on Linux, toast on Windows): one per notice.
// Title and body show control characters as visible escapes (a till name may carry any).
import notifier from 'node-notifier';
import { join } from 'node:path';
import type { Severity } from '../core/findings.js';
import { visibleText } from '../core/visibleText.js';

export interface DesktopNotice {
  title: string;
  body: string;
  severity: Severity;
}

export type Notify = (notice: DesktopNotice) => Promise<void>;

const SEVERITY_ICON: Record<Severity, string> = { error: 'error.png', warning: 'warning.png', info: 'ok.png' };

/**
 * notify-send reads C escapes in the body (GLib's g_strcompress), so a till name with the text "\033"
 * would arrive as ESC and "\u202E" would lose its backslash: there every backslash is doubled.
 */
function bodyText(text: string): string {
  return process.platform === 'linux' ? text.replaceAll('\\', '\\\\') : text;
}

/** `iconDir` holds the tray icons; each notification shows the one of its severity. */
export function desktopNotifier(appName: string, iconDir: string): Notify {
  return (notice) =>
    new Promise((resolve, reject) => {
      notifier.notify(
        {
          title: visibleText(notice.title),
          message: bodyText(visibleText(notice.body)),
          icon: join(iconDir, SEVERITY_ICON[notice.severity]),
          appID: appName,
          // notify-send reads it as --app-name; on Windows the toast shows appID.
          'app-name': appName,
          wait: false,
        } as Parameters<typeof notifier.notify>[0],
        (error) => (error ? reject(error) : resolve()),
      );
    });
}
