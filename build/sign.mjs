// Authenticode signing with osslsigncode, when a certificate is given: KASSAVAKT_SIGN_PFX (a .pfx
// file) and KASSAVAKT_SIGN_PASSWORD, optionally KASSAVAKT_SIGN_TIMESTAMP (an RFC 3161 server URL).
// `node build/sign.mjs FILE` signs FILE in place; makensis runs it for Setup.exe and Uninstall.exe.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function signingRequested() {
  return Boolean(process.env.KASSAVAKT_SIGN_PFX);
}

/** Signs `file` in place with SHA-256; the password goes to osslsigncode in a private file, never on a command line. */
export function signFile(file) {
  const { KASSAVAKT_SIGN_PFX, KASSAVAKT_SIGN_PASSWORD, KASSAVAKT_SIGN_TIMESTAMP } = process.env;
  const secrets = mkdtempSync(join(tmpdir(), 'kassavakt-sign-'));
  const passwordFile = join(secrets, 'password');
  const signed = `${file}.signed`;
  try {
    writeFileSync(passwordFile, KASSAVAKT_SIGN_PASSWORD ?? '', { mode: 0o600 });
    const timestamp = KASSAVAKT_SIGN_TIMESTAMP ? ['-ts', KASSAVAKT_SIGN_TIMESTAMP] : [];
    execFileSync(
      'osslsigncode',
      ['sign', '-pkcs12', KASSAVAKT_SIGN_PFX, '-readpass', passwordFile, '-h', 'sha256', '-n', 'Kassavakt', ...timestamp, '-in', file, '-out', signed],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    renameSync(signed, file);
  } finally {
    rmSync(secrets, { recursive: true, force: true });
    rmSync(signed, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) signFile(process.argv[2]);
