// The firewall script for the main till: the right ports and protocols, and a batch file that
// cmd.exe parses as intended.
import { describe, expect, it } from 'vitest';
import { firewallScript } from '../../src/platform/firewallScript.js';

const addRules = (script: string) => script.split('\r\n').filter((line) => line.includes('firewall add rule'));

describe('firewallScript', () => {
  const script = firewallScript({ instance: 'PCKASSA', lang: 'sv' });

  it('opens 1433 TCP and UDP and the Browser on UDP 1434, never TCP 1434', () => {
    const rules = addRules(script);
    expect(rules.some((r) => /protocol=TCP localport=1433 /.test(r))).toBe(true);
    expect(rules.some((r) => /protocol=UDP localport=1433 /.test(r))).toBe(true);
    expect(rules.some((r) => /protocol=UDP localport=1434 /.test(r))).toBe(true);
    expect(rules.some((r) => /protocol=TCP localport=1434\b/.test(r))).toBe(false);
  });

  it("opens the instance's own port and program as the main till's registry names them", () => {
    expect(script).toContain('reg query "HKLM\\SOFTWARE\\Microsoft\\Microsoft SQL Server\\Instance Names\\SQL" /v PCKASSA');
    expect(script).toContain('\\MSSQLServer\\SuperSocketNetLib\\Tcp\\IPAll" /v TcpDynamicPorts');
    expect(script).toContain('protocol=TCP localport=%TCPPORT%');
    expect(script).toContain('program="%BINROOT%\\sqlservr.exe"');
  });

  it('adds a rule for a port the doctor saw', () => {
    expect(addRules(firewallScript({ instance: 'PCKASSA1', knownPort: 50123, lang: 'sv' })).some((r) => r.includes('localport=50123 '))).toBe(true);
  });

  it('limits every rule to the local network and replaces its own earlier rules', () => {
    for (const rule of addRules(script)) expect(rule).toContain('remoteip=localsubnet');
    const names = addRules(script).map((r) => /name="([^"]+)"/.exec(r)![1]);
    for (const name of names) expect(script).toContain(`netsh advfirewall firewall delete rule name="${name}"`);
  });

  it('is a CRLF batch file that insists on administrator rights', () => {
    expect(script.startsWith('@echo off\r\n')).toBe(true);
    expect(script.replace(/\r\n/g, '')).not.toContain('\n');
    expect(script).toContain('net session >nul 2>&1');
    expect(script).toContain('Kör som administratör');
  });

  it('echoes no text that would end a parenthesized block or chain a command', () => {
    for (const lang of ['sv', 'nb', 'en'] as const) {
      const lines = firewallScript({ instance: 'PCKASSA', lang }).split('\r\n');
      const echoed = lines.flatMap((line) => [...line.matchAll(/\(echo ([^&]*?)(?: & |\) else|\)$)/g)].map((m) => m[1]!));
      expect(echoed.length).toBeGreaterThanOrEqual(3);
      for (const text of echoed) expect(text).not.toMatch(/[()&|<>^%]/);
    }
  });
});
