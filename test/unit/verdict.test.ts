// Probe states → verdict code, in the order a connection meets the obstacles, and the words for each.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/i18n.js';
import { describeVerdict, judgeTarget, VERDICT_CODES, type BrowserState, type TargetStates } from '../../src/core/verdict.js';

const base: TargetStates = { host: '192.168.99.60', instance: 'PCKASSA', dns: { state: 'notNeeded' }, hostAlive: { state: 'answers' } };
const found: BrowserState = { state: 'found', port: 50123, instances: ['PCKASSA'] };

describe('judgeTarget', () => {
  it.each<[string, Partial<TargetStates>, string]>([
    ['DNS_FAILED', { host: 'KASSA1', dns: { state: 'failed', code: 'ENOTFOUND' } }, 'DNS_FAILED'],
    ['no route', { browser: { state: 'silent', refused: false }, tcp: { state: 'unreachable', port: 1433, code: 'EHOSTUNREACH' } }, 'HOST_UNREACHABLE'],
    ['all silent', { browser: { state: 'silent', refused: false }, tcp: { state: 'filtered', port: 1433 }, hostAlive: { state: 'silent' } }, 'HOST_UNREACHABLE'],
    ['browser silent, 1433 refused', { browser: { state: 'silent', refused: true }, tcp: { state: 'refused', port: 1433 } }, 'NOTHING_LISTENING'],
    ['browser silent, 1433 dropped', { browser: { state: 'silent', refused: false }, tcp: { state: 'filtered', port: 1433 } }, 'PORT_FILTERED'],
    ['browser silent, 1433 listens', { browser: { state: 'silent', refused: false }, tcp: { state: 'listening', port: 1433 } }, 'BROWSER_SILENT'],
    ['unknown instance', { browser: { state: 'notFound', instances: ['PCKASSA1'] } }, 'INSTANCE_NOT_FOUND'],
    ['no TCP', { browser: { state: 'foundWithoutTcp', instances: ['PCKASSA'] } }, 'TCP_DISABLED'],
    ['port refused', { browser: found, tcp: { state: 'refused', port: 50123 } }, 'PORT_CLOSED'],
    ['port dropped', { browser: found, tcp: { state: 'filtered', port: 50123 } }, 'PORT_FILTERED'],
    ['port dropped, host silent', { browser: found, tcp: { state: 'filtered', port: 50123 }, hostAlive: { state: 'silent' } }, 'HOST_UNREACHABLE'],
    ['login refused', { browser: found, tcp: { state: 'listening', port: 50123 }, login: { state: 'failed', number: 18456 } }, 'LOGIN_FAILED'],
    ['database missing', { browser: found, tcp: { state: 'listening', port: 50123 }, login: { state: 'databaseMissing', database: 'X' } }, 'DATABASE_MISSING'],
    ['login timeout', { browser: found, tcp: { state: 'listening', port: 50123 }, login: { state: 'timeout' } }, 'LOGIN_TIMEOUT'],
    ['connection broke', { browser: found, tcp: { state: 'listening', port: 50123 }, login: { state: 'error', detail: 'ECONNRESET' } }, 'CONNECTION_FAILED'],
    ['query failed', { browser: found, tcp: { state: 'listening', port: 50123 }, login: { state: 'ok' }, query: { state: 'failed', detail: 'x' } }, 'QUERY_FAILED'],
    ['all fine', { browser: found, tcp: { state: 'listening', port: 50123 }, login: { state: 'ok' }, query: { state: 'ok' } }, 'OK'],
    ['HOST,PORT fine', { instance: undefined, tcp: { state: 'listening', port: 1433 }, login: { state: 'ok' }, query: { state: 'ok' } }, 'OK'],
  ])('%s → %s', (_, states, code) => {
    expect(judgeTarget({ ...base, ...states }).code).toBe(code);
  });

  it('carries what the explanation needs', () => {
    expect(judgeTarget({ ...base, browser: { state: 'notFound', instances: ['PCKASSA1', 'PCKASSA2'] } })).toEqual({
      code: 'INSTANCE_NOT_FOUND',
      host: '192.168.99.60',
      instance: 'PCKASSA',
      instances: ['PCKASSA1', 'PCKASSA2'],
    });
    expect(
      judgeTarget({ ...base, browser: found, tcp: { state: 'listening', port: 50123 }, login: { state: 'failed', number: 18456 } }),
    ).toMatchObject({ code: 'LOGIN_FAILED', errorNumber: 18456 });
  });
});

describe('describeVerdict', () => {
  it('has an explanation and a fix for every code in every language', () => {
    for (const lang of LANGS) {
      for (const code of VERDICT_CODES) {
        const text = describeVerdict(lang, { code, host: 'KASSA1', instance: 'PCKASSA', port: 1433, instances: ['PCKASSA1'], errorNumber: 18456, database: 'PCKassa' });
        expect(text.explanation).not.toMatch(/\{\w+\}/);
        expect(text.fix).not.toMatch(/\{\w+\}/);
        expect(text.explanation.length).toBeGreaterThan(10);
      }
    }
  });

  it('speaks plain Swedish by default and names the instances that exist', () => {
    const text = describeVerdict('sv', { code: 'INSTANCE_NOT_FOUND', host: 'KASSA1', instance: 'PCKASSA', instances: ['PCKASSA1', 'PCKASSA2'] });
    expect(text.explanation).toBe('Huvudkassan (KASSA1) har ingen databas som heter PCKASSA. Den har: PCKASSA1 och PCKASSA2.');
  });

  it('offers the repair when another server string works', () => {
    const text = describeVerdict('sv', { code: 'HOST_UNREACHABLE', host: '192.168.99.61', instance: 'PCKASSA' }, 'KASSA1\\PCKASSA');
    expect(text.fix).toContain('KASSA1\\PCKASSA');
    expect(text.fix).toContain('repair --apply');
  });

  it('names Windows-only authentication (error 18456 state 58) as a cause of LOGIN_FAILED, and the script that says what to change', () => {
    const verdict = { code: 'LOGIN_FAILED' as const, host: 'KASSA1', instance: 'PCKASSA', errorNumber: 18456 };
    expect(describeVerdict('sv', verdict).fix).toBe(
      'Kontrollera användarnamn och lösenord i Kassavakts inställningar. Stämmer de, kan SQL Server på huvudkassan vara inställd på bara Windows-inloggning (fel 18456 tillstånd 58 i SQL Servers logg): kör skriptet från "kassavakt login-script" där, det säger vad som ska ändras.',
    );
    expect(describeVerdict('nb', verdict).fix).toContain('feil 18456 tilstand 58');
    expect(describeVerdict('en', verdict).fix).toContain("error 18456 state 58 in SQL Server's log");
  });

  it('sends the firewall fix to the main till, not this PC', () => {
    expect(describeVerdict('sv', { code: 'PORT_FILTERED', host: 'KASSA1', port: 1433 }).fix).toContain('på huvudkassan som administratör');
  });
});
