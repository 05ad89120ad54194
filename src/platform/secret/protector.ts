// The seam between the settings file and the operating system's protection of secrets. Windows has
// one (DPAPI, dpapi.ts); elsewhere there is none and the password stays in the user-only file.

export interface SecretProtector {
  /** The name config.json keeps a sealed value under: `"password": { "dpapi": "…" }`. */
  readonly scheme: string;
  /** `secret` sealed for the user who is logged in, as base64. */
  protect(secret: string): string;
  /** Opens what `protect` gave; throws SecretError('unreadable') when this user on this computer cannot. */
  unprotect(sealed: string): string;
}

/**
 * `unreadable`: the value was sealed by another user or on another computer, or is damaged; only
 * entering the password again helps. `unavailable`: the protection itself could not be loaded.
 */
export class SecretError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'SecretError';
  }
}
