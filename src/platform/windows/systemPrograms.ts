// Where Windows keeps the programs Kassavakt runs: absolute paths, so that a program planted in PATH or
// the working folder is never run (least of all elevated).
import { win32 } from 'node:path';

export interface SystemPrograms {
  reg: string;
  chcp: string;
  powershell: string;
  rundll32: string;
}

export function systemPrograms(env: NodeJS.ProcessEnv = process.env): SystemPrograms {
  const system32 = win32.join(env.SystemRoot || env.windir || 'C:\\Windows', 'System32');
  return {
    reg: win32.join(system32, 'reg.exe'),
    chcp: win32.join(system32, 'chcp.com'),
    powershell: win32.join(system32, 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
    rundll32: win32.join(system32, 'rundll32.exe'),
  };
}
