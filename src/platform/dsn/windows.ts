// The DSN as PC-Kassa's 32-bit ODBC driver sees it: the System DSN in the 32-bit registry view
// (`reg.exe ... /reg:32` of HKLM\SOFTWARE\ODBC\ODBC.INI\<name>, which 64-bit Windows keeps under
// HKLM\SOFTWARE\WOW6432Node\ODBC\ODBC.INI\<name>). Reads run as the user; the one write runs elevated.
import { win32 } from 'node:path';
import { DsnError, type DsnReading, type DsnStore } from './dsnStore.js';
import { ELEVATION_CANCELLED, elevatedCommand } from './elevation.js';
import { findRegValue, parseRegQueryValues } from './regQueryOutput.js';
import { runCommand as defaultRunCommand, type RunCommand } from './runCommand.js';

const SERVER_VALUE = 'Server';

export function dsnRegistryKey(dsnName: string): string {
  return `HKLM\\SOFTWARE\\ODBC\\ODBC.INI\\${dsnName}`;
}

/** Absolute paths, so that a program planted in PATH or the working folder never runs elevated. */
export function systemPrograms(env: NodeJS.ProcessEnv = process.env): { reg: string; powershell: string } {
  const root = env.SystemRoot || env.windir || 'C:\\Windows';
  return {
    reg: win32.join(root, 'System32', 'reg.exe'),
    powershell: win32.join(root, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
  };
}

export function regQueryArgs(dsnName: string): string[] {
  return ['query', dsnRegistryKey(dsnName), '/reg:32'];
}

export function regWriteArgs(dsnName: string, value: string | null): string[] {
  return value === null
    ? ['delete', dsnRegistryKey(dsnName), '/v', SERVER_VALUE, '/f', '/reg:32']
    : ['add', dsnRegistryKey(dsnName), '/v', SERVER_VALUE, '/t', 'REG_SZ', '/d', value, '/f', '/reg:32'];
}

export class WindowsDsnStore implements DsnStore {
  readonly kind = 'windows' as const;
  private readonly programs: { reg: string; powershell: string };

  constructor(
    readonly dsnName: string,
    private readonly run: RunCommand = defaultRunCommand,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.programs = systemPrograms(env);
  }

  async read(): Promise<DsnReading> {
    // The whole key, not `/v Server`: exit code 1 then means "no such DSN" and a missing value
    // shows as an absent line, without parsing translated error messages.
    const result = await this.run(this.programs.reg, regQueryArgs(this.dsnName));
    if (result.startError) throw new DsnError('COMMAND_FAILED', this.dsnName, `reg.exe: ${result.startError}`);
    if (result.code !== 0) throw new DsnError('DSN_NOT_FOUND', this.dsnName, result.stderr.trim());
    const value = findRegValue(parseRegQueryValues(result.stdout), SERVER_VALUE);
    return { server: value ? value.data : null, location: `${dsnRegistryKey(this.dsnName)} (32-bit)` };
  }

  async writeServer(value: string | null): Promise<void> {
    const elevated = elevatedCommand(this.programs.powershell, this.programs.reg, regWriteArgs(this.dsnName, value));
    const result = await this.run(elevated.file, elevated.args);
    if (result.startError) throw new DsnError('COMMAND_FAILED', this.dsnName, `powershell.exe: ${result.startError}`);
    if (result.code === ELEVATION_CANCELLED) throw new DsnError('CANCELLED', this.dsnName, 'UAC');
    if (result.code !== 0) {
      throw new DsnError('COMMAND_FAILED', this.dsnName, `reg.exe exit ${result.code ?? '?'} ${result.stderr.trim()}`.trim());
    }
  }
}
