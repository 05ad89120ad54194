// The DSN in unixODBC's odbc.ini, as unixODBC finds it: the user file (ODBCINI, else the one `odbcinst -j`
// names) when it holds the DSN, else the system file `odbcinst -j` names (which follows ODBCSYSINI); in
// that file the first section whose name matches case-insensitively, and in it each key's first line.
// Its keys are read as FreeTDS's driver reads them (freetdsKeys), the SQL Server driver found on Linux.
import { readFileSync } from 'node:fs';
import type { ServerAddress } from '../../core/serverString.js';
import { writeFileAtomically } from '../atomicFile.js';
import { runCommand as defaultRunCommand, type RunCommand } from '../runCommand.js';
import { DsnError, notRepairable, type DsnFailure, type DsnReading, type DsnStore, type DsnValues } from './dsnStore.js';
import { FREETDS_KEYS, freetdsChanges, freetdsTarget } from './freetdsKeys.js';
import { hasSection, readIniValue, setIniValue } from './odbcIniText.js';

export interface OdbcIniPaths {
  user?: string;
  system?: string;
}

/** The odbc.ini files `odbcinst -j` reports (its "SYSTEM DATA SOURCES" and "USER DATA SOURCES" lines). */
function parseOdbcinstJ(output: string): OdbcIniPaths {
  const field = (label: string) =>
    new RegExp(`^${label}\\.*:\\s*(.+?)\\s*$`, 'm').exec(output)?.[1];
  return { system: field('SYSTEM DATA SOURCES'), user: field('USER DATA SOURCES') };
}

export async function locateOdbcIni(
  env: NodeJS.ProcessEnv = process.env,
  run: RunCommand = defaultRunCommand,
): Promise<OdbcIniPaths> {
  const result = await run('odbcinst', ['-j']);
  const reported = result.code === 0 ? parseOdbcinstJ(result.stdout.toString('utf8')) : {};
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
    const value = (key: string) => readIniValue(text, this.dsnName, key) || undefined;
    return {
      location: path,
      values: Object.fromEntries(FREETDS_KEYS.map((key) => [key, readIniValue(text, this.dsnName, key) ?? null])),
      target: freetdsTarget(value),
    };
  }

  changesFor(reading: DsnReading, server: ServerAddress): DsnValues {
    if (reading.target.kind === 'elsewhere') throw notRepairable(this.dsnName, reading.target);
    return freetdsChanges(reading, server);
  }

  async write(changes: DsnValues): Promise<void> {
    const { path, text } = await this.locate();
    const edited = Object.entries(changes).reduce((result, [key, value]) => setIniValue(result, this.dsnName, key, value), text);
    try {
      // latin1 as read, so the rest of the file comes back byte for byte; owner, group, mode and a
      // symbolic link are kept by the atomic write.
      writeFileAtomically(path, Buffer.from(edited, 'latin1'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new DsnError(accessFailure(code), this.dsnName, `${path}: ${code ?? String(error)}`);
    }
  }
}

function accessFailure(code: string | undefined): DsnFailure {
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'ACCESS_DENIED' : 'COMMAND_FAILED';
}
