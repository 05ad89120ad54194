// Whether the tray has opened the settings page by itself already (the first start, without a login):
// a marker file in the data folder, so that later starts leave the browser alone.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function settingsAskedMarker(dataDir: string): { get(): boolean; set(): void } {
  const file = join(dataDir, 'settings-asked');
  return {
    get: () => existsSync(file),
    set: () => {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, `${new Date().toISOString()}\n`);
    },
  };
}
