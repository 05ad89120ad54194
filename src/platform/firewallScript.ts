// The script that opens Windows Firewall on the MAIN till for PC-Kassa's SQL Server: TCP and UDP
// 1433 (as the vendor says), UDP 1434 for the SQL Server Browser (never TCP 1434), the instance's
// own TCP port and its sqlservr.exe (both looked up in the main till's registry when the script
// runs, since a named instance often has a dynamic port). Rules are limited to the local network.
import { t, type Lang } from '../core/i18n.js';

export const FIREWALL_SCRIPT_MARKER = 'rem Kassavakt firewall script';

export interface FirewallScriptInput {
  instance: string;
  /** The instance's TCP port if the doctor saw it; the script also reads it on the main till. */
  knownPort?: number;
  lang: Lang;
}

interface Rule {
  name: string;
  protocol: 'TCP' | 'UDP';
  port: string;
}

function ruleLines(rule: Rule): string[] {
  return [
    `netsh advfirewall firewall delete rule name="${rule.name}" >nul 2>&1`,
    `netsh advfirewall firewall add rule name="${rule.name}" dir=in action=allow protocol=${rule.protocol} localport=${rule.port} remoteip=localsubnet profile=any || set FAILED=1`,
  ];
}

/** A Windows batch file (CRLF line ends, UTF-8 with `chcp 65001` so Swedish letters print right). */
export function firewallScript(input: FirewallScriptInput): string {
  const { instance, lang } = input;
  const fixed: Rule[] = [
    { name: 'Kassavakt SQL Server TCP 1433', protocol: 'TCP', port: '1433' },
    { name: 'Kassavakt SQL Server UDP 1433', protocol: 'UDP', port: '1433' },
    { name: 'Kassavakt SQL Server Browser UDP 1434', protocol: 'UDP', port: '1434' },
  ];
  if (input.knownPort !== undefined && input.knownPort !== 1433) {
    fixed.push({ name: `Kassavakt SQL Server ${instance} TCP ${input.knownPort}`, protocol: 'TCP', port: String(input.knownPort) });
  }
  const sqlKey = 'HKLM\\SOFTWARE\\Microsoft\\Microsoft SQL Server';
  const lines = [
    '@echo off',
    FIREWALL_SCRIPT_MARKER,
    `rem ${t(lang, 'firewall.script.purpose', { instance })}`,
    'chcp 65001 >nul',
    'setlocal',
    'net session >nul 2>&1',
    `if errorlevel 1 (echo ${t(lang, 'firewall.script.needAdmin')} & pause & exit /b 1)`,
    'set FAILED=0',
    ...fixed.flatMap(ruleLines),
    `rem ${t(lang, 'firewall.script.lookupComment')}`,
    'set INSTID=',
    `for /f "tokens=2*" %%a in ('reg query "${sqlKey}\\Instance Names\\SQL" /v ${instance} 2^>nul ^| findstr /i "REG_SZ"') do set INSTID=%%b`,
    `if not defined INSTID (echo ${t(lang, 'firewall.script.instanceMissing', { instance })} & goto done)`,
    'set TCPPORT=',
    `for /f "tokens=2*" %%a in ('reg query "${sqlKey}\\%INSTID%\\MSSQLServer\\SuperSocketNetLib\\Tcp\\IPAll" /v TcpPort 2^>nul ^| findstr /i "REG_SZ"') do set TCPPORT=%%b`,
    `if not defined TCPPORT for /f "tokens=2*" %%a in ('reg query "${sqlKey}\\%INSTID%\\MSSQLServer\\SuperSocketNetLib\\Tcp\\IPAll" /v TcpDynamicPorts 2^>nul ^| findstr /i "REG_SZ"') do set TCPPORT=%%b`,
    `if defined TCPPORT (`,
    `  netsh advfirewall firewall delete rule name="Kassavakt SQL Server ${instance} TCP" >nul 2>&1`,
    `  netsh advfirewall firewall add rule name="Kassavakt SQL Server ${instance} TCP" dir=in action=allow protocol=TCP localport=%TCPPORT% remoteip=localsubnet profile=any || set FAILED=1`,
    ')',
    'set BINROOT=',
    `for /f "tokens=2*" %%a in ('reg query "${sqlKey}\\%INSTID%\\Setup" /v SQLBinRoot 2^>nul ^| findstr /i "REG_SZ"') do set BINROOT=%%b`,
    'if defined BINROOT (',
    `  netsh advfirewall firewall delete rule name="Kassavakt SQL Server ${instance} program" >nul 2>&1`,
    `  netsh advfirewall firewall add rule name="Kassavakt SQL Server ${instance} program" dir=in action=allow program="%BINROOT%\\sqlservr.exe" remoteip=localsubnet profile=any || set FAILED=1`,
    ')',
    ':done',
    `if "%FAILED%"=="1" (echo ${t(lang, 'firewall.script.failed')}) else (echo ${t(lang, 'firewall.script.done')})`,
    'pause',
    'endlocal',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
