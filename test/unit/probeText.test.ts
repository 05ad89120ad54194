// The doctor's probes in words: the same text in the terminal and on the Anslutning page.
import { describe, expect, it } from 'vitest';
import { probeLabel, probeMark, probeStateText } from '../../src/monitor/doctor/probeText.js';

describe('probe text', () => {
  it('names the Browser by its UDP port and the instance by the TCP port the Browser gave', () => {
    const browser = { probe: 'browser' as const, state: 'found' as const, ms: 3, port: 1434, instance: 'PCKASSA', detail: '49712' };
    expect(probeLabel('sv', browser)).toBe('SQL Server Browser (UDP 1434)');
    expect(probeStateText('sv', browser)).toBe('hittade PCKASSA på port 49712');
    expect(probeMark(browser)).toBe('ok');
  });

  it('marks silence as a warning and a refusal as a failure', () => {
    expect(probeMark({ probe: 'browser', state: 'silent', ms: 1500, port: 1434 })).toBe('warning');
    const tcp = { probe: 'tcp' as const, state: 'refused' as const, ms: 1, port: 1433 };
    expect(probeMark(tcp)).toBe('failed');
    expect(`${probeLabel('sv', tcp)}: ${probeStateText('sv', tcp)}`).toBe('TCP-port 1433: lyssnar inte (nekad)');
  });
});
