// The DSN in unixODBC's odbc.ini: the user file (ODBCINI, else the one `odbcinst -j` names) when it
// holds the DSN, else the system file `odbcinst -j` names (which follows ODBCSYSINI).
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DsnError, type DsnReading, type DsnStore } from './dsnStore.js';
import { hasSection, readIniValue, setIniValue } from './odbcIniText.js';
import { runCommand as defaultRunCommand, type RunCommand } from './runCommand.js';

const SERVER_KEY = 'Server';

export interface OdbcIniPaths {
  user?: string;
  system?: string;
}

/** The odbc.ini files `odbcinst -j` reports (its "SYSTEM DATA SOURCES" and "USER DATA SOURCES" lines). */
export function parseOdbcinstJ(output: string): OdbcIniPaths {
  const field = (label: string) =>
    new RegExp(`^${label}\\.*:\\s*(.+?)\\s*$`, 'm').exec(output)?.[1];
  return { system: field('SYSTEM DATA SOURCES'), user: field('USER DATA SOURCES') };
}

export async function locateOdbcIni(
  env: NodeJS.ProcessEnv = process.env,
  run: RunCommand = defaultRunCommand,
): Promise<OdbcIniPaths> {
  const result = await run('odbcinst', ['-j']);
  const reported = result.code === 0 ? parseOdbcinstJ(result.stdout) : {};
  return { user: env.ODBCINI || reported.user, system: reported.system };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'latin1');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Replaces the file in one rename: a crash leaves the old or the new file, never half of one. */
function writeAtomically(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777;
  // A random name, so a temp file left by a crash never blocks the next repair.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.kassavakt.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    writeSync(fd, Buffer.from(text, 'latin1'));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  renameSync(temp, path);
}

export class UnixOdbcDsnStore implements DsnStore {
  readonly kind = 'unixodbc' as const;

  constructor(
    readonly dsnName: string,
    private readonly paths: () => Promise<OdbcIniPaths> = () => locateOdbcIni(),
  ) {}

  /** The file holding the DSN: the user file wins, as in unixODBC. */
  private async locate(): Promise<{ path: string; text: string }> {
    const paths = await this.paths();
    for (const path of [paths.user, paths.system]) {
      if (!path) continue;
      const text = readText(path);
      if (text !== undefined && hasSection(text, this.dsnName)) return { path, text };
    }
    const looked = [paths.user, paths.system].filter(Boolean).join(', ') || 'odbc.ini';
    throw new DsnError('DSN_NOT_FOUND', this.dsnName, looked);
  }

  async read(): Promise<DsnReading> {
    const { path, text } = await this.locate();
    return { server: readIniValue(text, this.dsnName, SERVER_KEY) ?? null, location: path };
  }

  async writeServer(value: string | null): Promise<void> {
    const { path, text } = await this.locate();
    try {
      writeAtomically(path, setIniValue(text, this.dsnName, SERVER_KEY, value));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const failure = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'ACCESS_DENIED' : 'COMMAND_FAILED';
      throw new DsnError(failure, this.dsnName, `${path}: ${code ?? String(error)}`);
    }
  }
}
