// The DSN as PC-Kassa's 32-bit ODBC driver sees it: the System DSN in the 32-bit registry view
// (`reg.exe ... /reg:32` of HKLM\SOFTWARE\ODBC\ODBC.INI\<name>, which 64-bit Windows keeps under
// HKLM\SOFTWARE\WOW6432Node\ODBC\ODBC.INI\<name>), and the client aliases of that view. Its values are
// read as Microsoft's SQL Server drivers read them (sqlServerKeys). Reads run as the user; a write runs
// elevated, one UAC prompt for each value it changes.
import type { ServerAddress } from '../../core/serverString.js';
import { runCommand as defaultRunCommand, type RunCommand } from '../runCommand.js';
import { ELEVATION_CANCELLED, elevatedCommand } from '../windows/elevation.js';
import { RegExe, type RegView } from '../windows/regExe.js';
import { findRegValue, type RegValue } from '../windows/regQueryOutput.js';
import { systemPrograms } from '../windows/systemPrograms.js';
import { DsnError, notRepairable, type DsnReading, type DsnStore, type DsnValues } from './dsnStore.js';
import { SQL_SERVER_KEYS, sqlServerChanges, sqlServerTarget } from './sqlServerKeys.js';

const VIEW: RegView = '/reg:32';
/** Where cliconfg keeps the client aliases (in the 32-bit view for a 32-bit driver). */
export const ALIASES_KEY = 'HKLM\\SOFTWARE\\Microsoft\\MSSQLServer\\Client\\ConnectTo';

function dsnRegistryKey(dsnName: string): string {
  return `HKLM\\SOFTWARE\\ODBC\\ODBC.INI\\${dsnName}`;
}

function regWriteArgs(dsnName: string, key: string, value: string | null): string[] {
  return value === null
    ? ['delete', dsnRegistryKey(dsnName), '/v', key, '/f', VIEW]
    : ['add', dsnRegistryKey(dsnName), '/v', key, '/t', 'REG_SZ', '/d', value, '/f', VIEW];
}

export class WindowsDsnStore implements DsnStore {
  readonly kind = 'windows' as const;
  private readonly reg: RegExe;
  private readonly powershell: string;

  constructor(
    readonly dsnName: string,
    private readonly run: RunCommand = defaultRunCommand,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.reg = new RegExe(run, env);
    this.powershell = systemPrograms(env).powershell;
  }

  async read(): Promise<DsnReading> {
    const location = `${dsnRegistryKey(this.dsnName)} (32-bit)`;
    const dsn = await this.reg.query(dsnRegistryKey(this.dsnName), VIEW);
    if (dsn.state === 'absent') throw new DsnError('DSN_NOT_FOUND', this.dsnName, location);
    if (dsn.state === 'unreadable') throw new DsnError('COMMAND_FAILED', this.dsnName, dsn.detail);
    const { values } = dsn.listing;
    const aliases = findRegValue(values, 'Server')?.data.trim() ? await this.aliases() : [];
    return {
      location,
      values: Object.fromEntries(SQL_SERVER_KEYS.map((key) => [key, findRegValue(values, key)?.data ?? null])),
      target: sqlServerTarget(
        (key) => findRegValue(values, key)?.data.trim() || undefined,
        (name) => findRegValue(aliases, name)?.data.trim() || undefined,
      ),
    };
  }

  changesFor(reading: DsnReading, server: ServerAddress): DsnValues {
    if (reading.target.kind === 'elsewhere') throw notRepairable(this.dsnName, reading.target);
    return sqlServerChanges(reading, server);
  }

  async write(changes: DsnValues): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const elevated = elevatedCommand(this.powershell, this.reg.path, regWriteArgs(this.dsnName, key, value));
      const result = await this.run(elevated.file, elevated.args);
      if (result.startError) throw new DsnError('COMMAND_FAILED', this.dsnName, `powershell.exe: ${result.startError}`);
      if (result.code === ELEVATION_CANCELLED) throw new DsnError('CANCELLED', this.dsnName, 'UAC');
      // The elevated reg.exe's own output does not come back through the wrapper: only its exit code.
      if (result.code !== 0) throw new DsnError('COMMAND_FAILED', this.dsnName, `reg.exe exit ${result.code ?? '?'}`);
    }
  }

  /** The client aliases; none when the key does not exist (no SQL Server client tools were configured). */
  private async aliases(): Promise<RegValue[]> {
    const listed = await this.reg.query(ALIASES_KEY, VIEW);
    if (listed.state === 'unreadable') throw new DsnError('COMMAND_FAILED', this.dsnName, listed.detail);
    return listed.state === 'found' ? listed.listing.values : [];
  }
}
