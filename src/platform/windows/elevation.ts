// Runs exactly one program elevated (one UAC prompt) and nothing else: PowerShell starts it with
// the "runas" verb and waits for it. The script travels base64-encoded (-EncodedCommand),
// so no shell ever re-parses it; the program's own command line follows Windows' argv rules.

/** Exit code the wrapper reports when the user answers "No" to the UAC prompt (ERROR_CANCELLED). */
export const ELEVATION_CANCELLED = 1223;

/** Quotes one argument the way CommandLineToArgvW (and reg.exe) splits it back. */
export function quoteWindowsArg(arg: string): string {
  if (arg !== '' && !/[\s"]/.test(arg)) return arg;
  let quoted = '"';
  let backslashes = 0;
  for (const char of arg) {
    if (char === '\\') {
      backslashes += 1;
    } else if (char === '"') {
      quoted += `${'\\'.repeat(backslashes * 2 + 1)}"`;
      backslashes = 0;
    } else {
      quoted += '\\'.repeat(backslashes) + char;
      backslashes = 0;
    }
  }
  return `${quoted}${'\\'.repeat(backslashes * 2)}"`;
}

function powershellLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The PowerShell script that starts `program args` elevated, waits, and exits with its exit code.
 * ProcessStartInfo (rather than Start-Process) keeps the Win32 error, so a "No" at the UAC prompt
 * is told apart from other failures by its code, whatever the Windows language.
 */
export function elevationScript(program: string, args: readonly string[]): string {
  const commandLine = args.map(quoteWindowsArg).join(' ');
  return [
    '$psi = New-Object System.Diagnostics.ProcessStartInfo',
    `$psi.FileName = ${powershellLiteral(program)}`,
    `$psi.Arguments = ${powershellLiteral(commandLine)}`,
    "$psi.Verb = 'runas'",
    '$psi.UseShellExecute = $true',
    "$psi.WindowStyle = 'Hidden'",
    'try { $p = [System.Diagnostics.Process]::Start($psi) } catch {',
    '  $e = $_.Exception',
    '  while ($e -and -not ($e -is [System.ComponentModel.Win32Exception])) { $e = $e.InnerException }',
    `  if ($e -and $e.NativeErrorCode -eq ${ELEVATION_CANCELLED}) { exit ${ELEVATION_CANCELLED} }`,
    '  exit 1',
    '}',
    '$p.WaitForExit()',
    'exit $p.ExitCode',
  ].join('\n');
}

/** The command (powershell.exe and its argv) that runs `program args` elevated. */
export function elevatedCommand(powershell: string, program: string, args: readonly string[]): { file: string; args: string[] } {
  const encoded = Buffer.from(elevationScript(program, args), 'utf16le').toString('base64');
  return {
    file: powershell,
    args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded],
  };
}
