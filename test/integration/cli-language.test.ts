// Every line the command line prints is in the chosen language (--lang, else the settings file's lang,
// else Swedish): --help, commander's own errors, the option checks. Each mistake is one line, exit 2.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { STRINGS, writePe } from '../support/peFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'kassavakt-lang-'));
const fleetFile = join(dir, 'fleet.json');
writeFileSync(fleetFile, JSON.stringify({ tills: [{ name: 'KASSA1', clientId: 1, version: '38,5', role: 'main' }] }));
const HEALTHY = '{"tills":[{"name":"A","clientId":1,"version":"38,5","role":"main"}]}';
const empty = join(dir, 'empty');
const norwegian = join(dir, 'nb');
mkdirSync(norwegian);
writeFileSync(join(norwegian, 'config.json'), JSON.stringify({ lang: 'nb' }));
/** No settings file, so Swedish unless --lang says otherwise. */
const run = (args: string[], data = empty) => runCli(args, { env: { KASSAVAKT_DATA: data } });

function oneLine(args: string[], data?: string): string {
  const result = run(args, data);
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n') && result.stderr.split('\n')).toHaveLength(2);
  return result.stderr.trim();
}

describe('the chosen language', () => {
  it.each([
    [['watch', '--interval', '0x10', '--lang', 'en'], '--interval must be a number of seconds from 0.01 to 86400, not "0x10".'],
    [['watch', '--lang', 'en', '--interval', 'abc'], '--interval must be a number of seconds from 0.01 to 86400, not "abc".'],
    [['tray', '--grace', '1e3', '--lang', 'en'], '--grace must be a number of seconds from 0.01 to 86400, not "1e3".'],
    [['watch', '--count', '0', '--lang', 'en'], '--count must be a whole number from 1 to 1000000000, not "0".'],
    [['watch', '--count', '0x10', '--lang', 'en'], '--count must be a whole number from 1 to 1000000000, not "0x10".'],
    [['status', '--browser-port', '0', '--lang', 'en'], '--browser-port must be a port number from 1 to 65535, not "0".'],
    [['sim', '--port', '0x10', '--lang', 'en'], '--port must be a port number from 0 to 65535, not "0x10".'],
    [['check', '-', '--lang', 'de'], 'Okänt språk "de": välj sv, nb eller en.'],
  ])('says what is wrong with an option in the chosen language: %j', (args, expected) => {
    expect(oneLine(args)).toBe(expected);
  });

  it.each([
    [['check'], 'kassavakt check behöver <fil>. Se kassavakt check --help.', 'kassavakt check needs <file>. See kassavakt check --help.'],
    [['check', 'a.json', 'b.json'], 'För många argument till kassavakt check: "b.json" blev över. Se kassavakt check --help.', 'Too many arguments for kassavakt check: "b.json" was left over. See kassavakt check --help.'],
    [['status', '--jsn'], 'Okänt alternativ --jsn för kassavakt status. Se kassavakt status --help.', 'Unknown option --jsn for kassavakt status. See kassavakt status --help.'],
    [['report'], 'kassavakt report behöver --out <fil>. Se kassavakt report --help.', 'kassavakt report needs --out <file>. See kassavakt report --help.'],
    [['report', '--out'], '--out behöver ett värde. Se kassavakt report --help.', '--out needs a value. See kassavakt report --help.'],
    [['statsu'], 'Okänt kommando "statsu". Se kassavakt --help.', 'Unknown command "statsu". See kassavakt --help.'],
  ])('words commander\'s own errors from the catalog: %j', (args, swedish, english) => {
    expect(oneLine(args)).toBe(swedish);
    expect(oneLine([args[0]!, '--lang', 'en', ...args.slice(1)])).toBe(english);
  });

  it('shows --help in Swedish by default, in the settings file\'s language, and as --lang says', () => {
    expect(run(['--help']).stdout).toMatch(/^Användning: kassavakt \[alternativ\] \[kommando\]\n\nKassavakt – håller koll på PC-Kassas kassor\n/);
    expect(run(['watch', '--help']).stdout).toContain('--interval <sekunder>');
    expect(run(['--help'], norwegian).stdout).toMatch(/^Bruk: kassavakt \[valg\] \[kommando\]/);
    const english = run(['check', '--help', '--lang', 'en'], norwegian);
    expect(english.code).toBe(0);
    expect(english.stdout).toBe(
      [
        'Usage: kassavakt check [options] <file>',
        '',
        'judge the tills in a fleet snapshot (JSON; - reads standard input)',
        '',
        'Arguments:',
        '  file               the snapshot file, or - for standard input',
        '',
        'Options:',
        '  --json             print JSON',
        '  --lang <language>  language: sv, nb or en',
        '  -h, --help         display help for command',
        '',
      ].join('\n'),
    );
  });

  it('answers inspect-update --fleet in the settings file\'s language when --lang is not given (it spoke Swedish)', () => {
    const update = writePe(dir, 'pckassaupp32.exe', { strings: STRINGS.nonfiscal });
    const fromSettings = run(['inspect-update', update, '--fleet', fleetFile], norwegian);
    expect(fromSettings.code).toBe(1);
    expect(fromSettings.stdout).toBe(run(['inspect-update', update, '--fleet', fleetFile, '--lang', 'nb']).stdout);
    expect(fromSettings.stdout).not.toBe(run(['inspect-update', update, '--fleet', fleetFile]).stdout);
  });

  it('starts the tray in the settings file\'s language when --lang is not given (it spoke Swedish)', () => {
    const result = runCli(['tray'], { env: { KASSAVAKT_DATA: norwegian, DISPLAY: '', WAYLAND_DISPLAY: '' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('Ingen skjerm å vise ikonet på (DISPLAY mangler). Kjør "kassavakt watch" i stedet.\n');
  });

  it('takes --lang before the command too (it was an unknown option), the command\'s own --lang winning', () => {
    expect(runCli(['--lang', 'en', 'check', '-'], { input: HEALTHY }).stdout).toContain('Everything looks fine.');
    expect(runCli(['--lang=nb', 'check', '-'], { input: HEALTHY }).stdout).toContain('Alt ser bra ut.');
    expect(runCli(['--lang', 'en', 'check', '-', '--lang', 'nb'], { input: HEALTHY }).stdout).toContain('Alt ser bra ut.');
    expect(oneLine(['--lang', 'de', 'check', '-'])).toBe('Okänt språk "de": välj sv, nb eller en.');
    expect(run(['--lang', 'en', '--help']).stdout).toMatch(/^Usage: kassavakt \[options\] \[command\]\n[\s\S]*  --lang <language> +language: sv, nb or en\n/);
  });

  it('answers check in the settings file\'s language when --lang is not given', () => {
    const result = runCli(['check', '-'], { env: { KASSAVAKT_DATA: norwegian }, input: '{"tills":[{"name":"A","clientId":1,"version":"38,5","role":"main"}]}' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Alt ser bra ut.');
  });

  it('words a mistake in the settings file in that file\'s language, as --help is (it spoke Swedish)', () => {
    const english = join(dir, 'en-typo');
    mkdirSync(english);
    writeFileSync(join(english, 'config.json'), JSON.stringify({ lang: 'en', pollSchedul: '*/5 * * * *' }));
    const expected = `${join(english, 'config.json')}: (root): unknown setting: pollSchedul`;
    for (const command of [['status'], ['history'], ['firewall-script', '--out', '-'], ['doctor']]) expect(oneLine(command, english)).toBe(expected);
    expect(run(['status', '--help'], english).stdout).toMatch(/^Usage: kassavakt status/);
  });
});

