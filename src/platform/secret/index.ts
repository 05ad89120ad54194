// Which protection the settings file's password gets on this system: DPAPI on Windows; none elsewhere,
// where the password stays in config.json, which only the user can read (0600).
import { dpapiProtector } from './dpapi.js';
import type { SecretProtector } from './protector.js';

export { SecretError, type SecretProtector } from './protector.js';
export { openStoredPassword, storedPassword, type OpenedPassword, type StoredPassword } from './storedPassword.js';

export function platformProtector(): SecretProtector | null {
  return process.platform === 'win32' ? dpapiProtector() : null;
}
