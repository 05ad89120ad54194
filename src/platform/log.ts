// The program's log file in the data folder: one line per event, rotated by size so it never grows
// without bound (kassavakt.log, .1, .2, …). Known secrets are masked before anything is written, and
// control characters (from a till name, a driver's message) are written as visible escapes, so viewing
// the log in a terminal cannot be hijacked.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { visibleText } from '../core/visibleText.js';

export interface LogOptions {
  maxBytes?: number;
  /** How many rotated files to keep besides the current one. */
  keep?: number;
  /** Values that must never reach the file (passwords); replaced by ***. */
  secrets?: readonly string[];
}

export type LogLevel = 'info' | 'warn' | 'error';

export class RotatingLog {
  private size: number;
  private readonly maxBytes: number;
  private readonly keep: number;
  private secrets: string[];

  constructor(
    readonly path: string,
    options: LogOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.keep = options.keep ?? 3;
    this.secrets = (options.secrets ?? []).filter((s) => s.length > 0);
    mkdirSync(dirname(path), { recursive: true });
    this.size = fileSize(path);
  }

  addSecret(secret: string | undefined): void {
    if (secret) this.secrets.push(secret);
  }

  info(message: string): void {
    this.write('info', message);
  }

  warn(message: string): void {
    this.write('warn', message);
  }

  error(message: string): void {
    this.write('error', message);
  }

  write(level: LogLevel, message: string, at = new Date()): void {
    const line = `${at.toISOString()} ${level.toUpperCase()} ${visibleText(this.mask(message).replace(/\r?\n/g, ' '))}\n`;
    const bytes = Buffer.byteLength(line);
    if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
    try {
      appendFileSync(this.path, line);
      this.size += bytes;
    } catch {
      // A full or read-only disk must not stop the watchdog; the tray still shows the state.
    }
  }

  private mask(message: string): string {
    let out = message;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }

  private rotate(): void {
    rmSync(rotatedPath(this.path, this.keep), { force: true });
    for (let i = this.keep - 1; i >= 1; i--) {
      try {
        renameSync(rotatedPath(this.path, i), rotatedPath(this.path, i + 1));
      } catch {
        // that generation does not exist yet
      }
    }
    try {
      renameSync(this.path, rotatedPath(this.path, 1));
    } catch {
      // the current file vanished; start a new one
    }
    this.size = 0;
  }
}

export function rotatedPath(path: string, generation: number): string {
  return `${path}.${generation}`;
}

export function logPath(dataDir: string): string {
  return join(dataDir, 'logs', 'kassavakt.log');
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
