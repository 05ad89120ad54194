// The DSN in unixODBC's odbc.ini: the user file (ODBCINI, else the one `odbcinst -j` names) when it
// holds the DSN, else the system file `odbcinst -j` names (which follows ODBCSYSINI).
import { readFileSync, statSync } from 'node:fs';
import { writeFileAtomically } from '../atomicFile.js';
import { DsnError, type DsnFailure, type DsnReading, type DsnStore } from './dsnStore.js';
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

export class UnixOdbcDsnStore implements DsnStore {
  readonly kind = 'unixodbc' as const;

  constructor(
    readonly dsnName: string,
    private readonly paths: () => Promise<OdbcIniPaths> = () => locateOdbcIni(),
  ) {}

  /** Where the odbc.ini files are, found once (`odbcinst -j` runs a program) on first use. */
  private located: Promise<OdbcIniPaths> | null = null;

  private iniPaths(): Promise<OdbcIniPaths> {
    if (this.located === null) {
      const located = this.paths();
      // A failed look-up is not kept: the next call tries again.
      located.catch(() => {
        if (this.located === located) this.located = null;
      });
      this.located = located;
    }
    return this.located;
  }

  /** The file's text, undefined when it does not exist; any other failure is a DsnError like the write's. */
  private readText(path: string): string | undefined {
    try {
      return readFileSync(path, 'latin1');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      throw new DsnError(accessFailure(code), this.dsnName, `${path}: ${code ?? String(error)}`);
    }
  }

  /** The file holding the DSN: the user file wins, as in unixODBC. */
  private async locate(): Promise<{ path: string; text: string }> {
    const paths = await this.iniPaths();
    for (const path of [paths.user, paths.system]) {
      if (!path) continue;
      const text = this.readText(path);
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
      // Keeps the file's mode; latin1 as read, so the rest of the file comes back byte for byte.
      writeFileAtomically(path, Buffer.from(setIniValue(text, this.dsnName, SERVER_KEY, value), 'latin1'), statSync(path).mode & 0o7777);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new DsnError(accessFailure(code), this.dsnName, `${path}: ${code ?? String(error)}`);
    }
  }
}

function accessFailure(code: string | undefined): DsnFailure {
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'ACCESS_DENIED' : 'COMMAND_FAILED';
}
