// "Start with Windows" / "Start at login": a value under HKCU\…\Run on Windows (respecting the
// on/off switch Task Manager keeps under StartupApproved), an XDG autostart entry on Linux.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Autostart {
  /** null when it cannot be told (no registry access, unsupported system). */
  isEnabled(): Promise<boolean | null>;
  setEnabled(enabled: boolean): Promise<void>;
}

/** The command that starts the tray: node, the bundled CLI and `tray`. */
export interface LaunchCommand {
  executable: string;
  args: string[];
}

export const APP_ID = 'Kassavakt';

export function autostartFor(command: LaunchCommand, platform = process.platform, env = process.env): Autostart {
  if (platform === 'win32') return new WindowsRunKey(command, runRegExe);
  return new XdgAutostart(command, env);
}

// ---- Windows ----

export const RUN_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run';
export const APPROVED_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run';

export interface RegResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The one seam to the registry: runs reg.exe with the given arguments. */
export type RegExe = (args: string[]) => Promise<RegResult>;

function runRegExe(args: string[]): Promise<RegResult> {
  return new Promise((resolve) => {
    execFile('reg.exe', args, { windowsHide: true }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export class WindowsRunKey implements Autostart {
  constructor(
    private readonly command: LaunchCommand,
    private readonly reg: RegExe,
  ) {}

  async isEnabled(): Promise<boolean | null> {
    const run = await this.reg(['query', RUN_KEY, '/v', APP_ID]);
    if (run.code !== 0) return isNotFound(run) ? false : null;
    if (parseRegValue(run.stdout, APP_ID) === null) return false;
    const approved = await this.reg(['query', APPROVED_KEY, '/v', APP_ID]);
    if (approved.code !== 0) return isNotFound(approved) ? true : null;
    const value = parseRegValue(approved.stdout, APP_ID);
    return value === null ? true : startupApprovedIsOn(value.data);
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (enabled) {
      await this.mustSucceed(['add', RUN_KEY, '/v', APP_ID, '/t', 'REG_SZ', '/d', windowsCommandLine(this.command), '/f']);
      // An entry switched off in Task Manager stays off until this value is gone.
      await this.deleteIfPresent(APPROVED_KEY);
    } else {
      await this.deleteIfPresent(RUN_KEY);
      await this.deleteIfPresent(APPROVED_KEY);
    }
  }

  private async deleteIfPresent(key: string): Promise<void> {
    const result = await this.reg(['delete', key, '/v', APP_ID, '/f']);
    if (result.code !== 0 && !isNotFound(result)) throw new Error(`reg delete ${key}: ${result.stderr.trim()}`);
  }

  private async mustSucceed(args: string[]): Promise<void> {
    const result = await this.reg(args);
    if (result.code !== 0) throw new Error(`reg ${args[0]}: ${result.stderr.trim()}`);
  }
}

function isNotFound(result: RegResult): boolean {
  return result.code === 1 && /unable to find|kunde inte hitta|finner ikke/i.test(result.stderr + result.stdout);
}

/** Reads one value out of `reg query KEY /v NAME` output: `    NAME    REG_SZ    DATA`. */
export function parseRegValue(stdout: string, name: string): { type: string; data: string } | null {
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^\s{4}(.+?)\s{4}(REG_[A-Z_]+)\s{4}(.*)$/.exec(line) ?? /^\s{4}(.+?)\s{4}(REG_[A-Z_]+)$/.exec(line);
    if (match && match[1]!.toLowerCase() === name.toLowerCase()) return { type: match[2]!, data: match[3] ?? '' };
  }
  return null;
}

/** StartupApproved data is 12 bytes; an even first byte (02, 06) means on, odd (03, 07) means off. */
export function startupApprovedIsOn(hex: string): boolean {
  const first = Number.parseInt(hex.slice(0, 2), 16);
  return Number.isNaN(first) ? true : (first & 1) === 0;
}

export function windowsCommandLine(command: LaunchCommand): string {
  return [command.executable, ...command.args].map((part) => `"${part}"`).join(' ');
}

// ---- Linux (XDG) ----

export class XdgAutostart implements Autostart {
  readonly path: string;

  constructor(
    private readonly command: LaunchCommand,
    env: NodeJS.ProcessEnv,
  ) {
    const configHome = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
    this.path = join(configHome, 'autostart', 'kassavakt.desktop');
  }

  async isEnabled(): Promise<boolean | null> {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? false : null;
    }
    return desktopEntryIsOn(text);
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (!enabled) {
      rmSync(this.path, { force: true });
      return;
    }
    mkdirSync(join(this.path, '..'), { recursive: true });
    writeFileSync(this.path, desktopEntry(this.command));
  }
}

/** A desktop entry counts as off when it is Hidden or disabled the GNOME way. */
export function desktopEntryIsOn(text: string): boolean {
  const keys = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z-]+)\s*=\s*(.*)$/.exec(line.trim());
    if (match) keys.set(match[1]!, match[2]!.trim().toLowerCase());
  }
  return keys.get('Hidden') !== 'true' && keys.get('X-GNOME-Autostart-enabled') !== 'false';
}

export function desktopEntry(command: LaunchCommand): string {
  const exec = [command.executable, ...command.args].map(desktopQuote).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${APP_ID}`,
    'Comment=Watches the PC-Kassa tills',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Quoting per the Desktop Entry spec: % is doubled; inside quotes ", `, $ and \ get a backslash, and
 * the string escaping applied on top doubles every backslash once more.
 */
export function desktopQuote(arg: string): string {
  const percent = arg.replace(/%/g, '%%');
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(percent)) return percent;
  const quoted = `"${percent.replace(/([\\"`$])/g, '\\$1')}"`;
  return quoted.replace(/\\/g, '\\\\');
}
