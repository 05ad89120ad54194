// "Start with Windows" / "Start at login": a value under HKCU\…\Run on Windows (respecting the
// on/off switch Task Manager keeps under StartupApproved), an XDG autostart entry on Linux.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { RegExe } from './windows/regExe.js';
import { findRegValue } from './windows/regQueryOutput.js';

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
  if (platform === 'win32') return new WindowsRunKey(command, new RegExe(undefined, env));
  return new XdgAutostart(command, env);
}

// ---- Windows ----

export const RUN_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run';
export const APPROVED_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run';

export class WindowsRunKey implements Autostart {
  constructor(
    private readonly command: LaunchCommand,
    private readonly reg: RegExe,
  ) {}

  async isEnabled(): Promise<boolean | null> {
    const run = await this.value(RUN_KEY);
    if (run === null) return null;
    if (run === undefined) return false;
    const approved = await this.value(APPROVED_KEY);
    if (approved === null) return null;
    return approved === undefined ? true : startupApprovedIsOn(approved);
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

  /** Kassavakt's value under `key`: its data, undefined when it (or the key) does not exist, null when it cannot be read. */
  private async value(key: string): Promise<string | null | undefined> {
    const listed = await this.reg.query(key);
    if (listed.state === 'unreadable') return null;
    return listed.state === 'found' ? findRegValue(listed.listing.values, APP_ID)?.data : undefined;
  }

  private async deleteIfPresent(key: string): Promise<void> {
    const listed = await this.reg.query(key);
    if (listed.state === 'unreadable') throw new Error(listed.detail);
    if (listed.state === 'absent' || !findRegValue(listed.listing.values, APP_ID)) return;
    await this.mustSucceed(['delete', key, '/v', APP_ID, '/f']);
  }

  private async mustSucceed(args: string[]): Promise<void> {
    const result = await this.reg.exec(args);
    if (result.code !== 0) throw new Error(`reg ${args[0]} ${args[1]}: ${result.message}`);
  }
}

/** StartupApproved data is 12 bytes; an even first byte (02, 06) means on, odd (03, 07) means off. */
function startupApprovedIsOn(hex: string): boolean {
  const first = Number.parseInt(hex.slice(0, 2), 16);
  return Number.isNaN(first) ? true : (first & 1) === 0;
}

function windowsCommandLine(command: LaunchCommand): string {
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
function desktopEntryIsOn(text: string): boolean {
  const keys = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z-]+)\s*=\s*(.*)$/.exec(line.trim());
    if (match) keys.set(match[1]!, match[2]!.trim().toLowerCase());
  }
  return keys.get('Hidden') !== 'true' && keys.get('X-GNOME-Autostart-enabled') !== 'false';
}

function desktopEntry(command: LaunchCommand): string {
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
