// The processes a test started, found through the process tree (/proc/<pid>/task/*/children), never by
// a name that any other program on the machine may carry too (another Kassavakt running beside the
// tests has tray helpers of the same name). A process is known by its pid and its start time, so a
// reused pid is not mistaken for it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface ProcessId {
  pid: number;
  /** Clock ticks after boot (field 22 of /proc/<pid>/stat). */
  startTime: string;
}

/** The direct children of a process (none when it is gone). */
export function childrenOf(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return [];
  return readdirSync(tasks).flatMap((task) => {
    try {
      return readFileSync(`${tasks}/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
}

/** Every process below `pid`. */
export function descendantsOf(pid: number): number[] {
  const children = childrenOf(pid);
  return [...children, ...children.flatMap(descendantsOf)];
}

/** The command line, arguments joined by spaces; '' when the process is gone. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** The tray helper (systray2's tray_linux_release) a tray process started, if it runs. */
export function helperOf(trayPid: number): number | undefined {
  return childrenOf(trayPid).find((child) => commandLine(child).includes('tray_linux_release'));
}

export function identify(pid: number): ProcessId | null {
  const stat = readStat(pid);
  return stat ? { pid, startTime: stat[19]! } : null;
}

/** Still the same process, and not a zombie waiting for its parent. */
export function isRunning(id: ProcessId): boolean {
  const stat = readStat(id.pid);
  return stat !== null && stat[19] === id.startTime && stat[0] !== 'Z';
}

/** The fields of /proc/<pid>/stat after the command name (state first), or null when it is gone. */
function readStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}
