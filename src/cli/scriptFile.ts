// What the two scripts for the main till (firewall-script, login-script) share: the SQL Server instance
// they are for, and where a script goes: `-` prints it, otherwise a new file or an earlier script of ours
// (platform/ownFile); anything else, or a place that cannot be written, is one clear line.
import { resolve } from 'node:path';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { parseServerString } from '../core/serverString.js';
import { isFileSystemError, writeErrorText } from '../platform/fileErrorText.js';
import { writeOwnFile } from '../platform/ownFile.js';

/** `--instance`, else the configured server's instance, else PCKASSA; upper-cased, refused when it is no instance name. */
export function scriptInstance(given: string | undefined, config: Config, lang: Lang): string {
  const configured = config.server ? parseServerString(config.server) : undefined;
  const instance = given ?? (configured?.ok ? configured.server.instance : undefined) ?? 'PCKASSA';
  if (!parseServerString(`localhost\\${instance}`).ok) throw new UserError(t(lang, 'serverString.badInstance', { value: instance }));
  return instance.toUpperCase();
}

export interface ScriptOutput {
  /** `--out`: a file, `-` for standard output, undefined for `defaultFile`. */
  out: string | undefined;
  defaultFile: string;
  script: string;
  marker: string;
  /** The line for a file there that is not one of our scripts. */
  exists: (path: string) => string;
  lang: Lang;
}

/** Returns the path written, or null when the script went to standard output. */
export function writeScript(options: ScriptOutput): string | null {
  if (options.out === '-') {
    process.stdout.write(options.script);
    return null;
  }
  const path = resolve(options.out ?? options.defaultFile);
  let written: boolean;
  try {
    written = writeOwnFile(path, options.script, options.marker);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    throw new UserError(t(options.lang, 'output.scriptNotSaved', { path, reason: writeErrorText(error, options.lang) }));
  }
  if (!written) throw new UserError(options.exists(path));
  return path;
}
