// Desktop notifications through node-notifier (notify-send on Linux, toast on Windows): one per notice.
import notifier from 'node-notifier';

export interface DesktopNotice {
  title: string;
  body: string;
}

export type Notify = (notice: DesktopNotice) => Promise<void>;

export function desktopNotifier(appName: string, iconPath?: string): Notify {
  return (notice) =>
    new Promise((resolve, reject) => {
      notifier.notify(
        {
          title: notice.title,
          message: notice.body,
          icon: iconPath,
          appID: appName,
          // notify-send reads it as --app-name; on Windows the toast shows appID.
          'app-name': appName,
          wait: false,
        } as Parameters<typeof notifier.notify>[0],
        (error) => (error ? reject(error) : resolve()),
      );
    });
}
