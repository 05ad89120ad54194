// The "password" value of config.json: plain text where there is no protector (the file is then
// readable by the user only), else sealed as { "<scheme>": "<base64>" }. A plain value found where a
// protector exists was written before there was one, and is to be sealed.
import { SecretError, type SecretProtector } from './protector.js';

export type StoredPassword = string | Record<string, string>;

export type OpenedPassword = { ok: true; password: string; sealNow: boolean } | { ok: false };

/**
 * The password from the file's value. Undefined when the value is neither plain nor sealed (absent,
 * a number, …): the settings schema names that mistake.
 */
export function openStoredPassword(value: unknown, protector: SecretProtector | null): OpenedPassword | undefined {
  if (typeof value === 'string') return { ok: true, password: value, sealNow: protector !== null && value !== '' };
  if (!isSealed(value)) return undefined;
  const [scheme, sealed] = Object.entries(value)[0]!;
  // Sealed on another system (a Windows file copied to Linux) or by a protection we do not know.
  if (protector === null || scheme !== protector.scheme) return { ok: false };
  try {
    return { ok: true, password: protector.unprotect(sealed), sealNow: false };
  } catch (error) {
    if (error instanceof SecretError && error.reason === 'unreadable') return { ok: false };
    throw error;
  }
}

/** An empty password has nothing to hide, and stays as it is (Wine's DPAPI refuses empty data). */
export function storedPassword(password: string, protector: SecretProtector | null): StoredPassword {
  return protector === null || password === '' ? password : { [protector.scheme]: protector.protect(password) };
}

function isSealed(value: unknown): value is Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length === 1 && typeof entries[0]![1] === 'string';
}
