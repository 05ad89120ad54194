// Replays recorded program outputs at the runCommand seam, for code that runs reg.exe, chcp.com and the
// elevation wrapper on Windows: every call must match an entry's program and argv exactly, and each
// entry answers once. Recordings come from Wine 8's reg.exe (test/fixtures/reg/wine, made by
// record-wine.mjs); what Wine cannot produce is in test/fixtures/reg/windows (see the README there).
import { readFileSync } from 'node:fs';
import { win32 } from 'node:path';
import type { CommandResult, RunCommand } from '../../src/platform/runCommand.js';

const WINE = new URL('../fixtures/reg/wine/', import.meta.url);
const WINDOWS = new URL('../fixtures/reg/windows/', import.meta.url);

interface Recording {
  program: string;
  args: string[];
  code: number;
}

const recordings = JSON.parse(readFileSync(new URL('recordings.json', WINE), 'utf8')) as Record<string, Recording>;

export interface ReplayEntry {
  /** `reg`, `chcp.com` or `powershell` (the elevation wrapper, whose own output is not used). */
  program: string;
  args: readonly string[] | 'any';
  result: CommandResult;
}

/** A recording from Wine's reg.exe or chcp.com, by name (see recordings.json). */
export function wine(name: string): ReplayEntry {
  const recording = recordings[name];
  if (!recording) throw new Error(`no Wine recording ${name}`);
  return {
    program: recording.program,
    args: recording.args,
    result: { code: recording.code, stdout: readFileSync(new URL(`${name}.stdout`, WINE)), stderr: readFileSync(new URL(`${name}.stderr`, WINE)) },
  };
}

/** What Windows' reg.exe prints where Wine cannot show it (access denied, Windows' own wording): written by hand, see the README. */
export function windowsReg(args: readonly string[], code: number, files: { stdout?: string; stderr?: string }): ReplayEntry {
  const bytes = (name?: string) => (name ? readFileSync(new URL(name, WINDOWS)) : Buffer.alloc(0));
  return { program: 'reg', args, result: { code, stdout: bytes(files.stdout), stderr: bytes(files.stderr) } };
}

/** The elevation wrapper (powershell.exe) ending with this exit code: 0, 1223 for a UAC "No", reg.exe's code otherwise. */
export function elevation(code: number): ReplayEntry {
  return { program: 'powershell', args: 'any', result: { code, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) } };
}

export function notStarted(program: string, args: readonly string[] | 'any', startError = 'ENOENT'): ReplayEntry {
  return { program, args, result: { code: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), startError } };
}

function programOf(file: string): string {
  const name = win32.basename(file).toLowerCase();
  if (name === 'reg.exe') return 'reg';
  return name === 'powershell.exe' ? 'powershell' : name;
}

export function replay(...entries: ReplayEntry[]) {
  const left = [...entries];
  const calls: { file: string; args: readonly string[] }[] = [];
  const run: RunCommand = async (file, args) => {
    calls.push({ file, args });
    const program = programOf(file);
    const index = left.findIndex((e) => e.program === program && (e.args === 'any' || JSON.stringify(e.args) === JSON.stringify(args)));
    if (index < 0) throw new Error(`no recording for ${program} ${JSON.stringify(args)}`);
    return left.splice(index, 1)[0]!.result;
  };
  /** Entries no call used. */
  const unused = () => left.map((e) => `${e.program} ${JSON.stringify(e.args)}`);
  return { run, calls, unused };
}
