// Files and folders the user names on the command line (issue 13 follow-up): a place that cannot be
// written or read is one line in the chosen language and exit 2, never a stack trace, and nothing that
// was there is lost; a FIFO is refused at once, never waited on.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DsnError } from '../../src/platform/dsn/dsnStore.js';
import { repairDsn, undoRepair } from '../../src/platform/dsn/repair.js';
import { dsnErrorText } from '../../src/platform/dsn/repairText.js';
import { UnixOdbcDsnStore } from '../../src/platform/dsn/unixodbc.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kassavakt-cli-files-'));
const data = join(dir, 'data');
mkdirSync(data);
/** A regular file, where a command is then pointed at a folder inside it (ENOTDIR). */
const aFile = join(dir, 'anteckningar.txt');
writeFileSync(aFile, 'mina anteckningar\n');
/** sysfs refuses to create anything in it, even for root (EPERM for a folder, EACCES for a file). */
const UNWRITABLE = '/sys/kassavakt-test';

function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One line on stderr, nothing on stdout, exit 2: what a user mistake looks like. */
function expectOneLine(run: ReturnType<typeof runCli>, line: string): void {
  expect(run.stderr).toBe(`${line}\n`);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(2);
}

describe('firewall-script and login-script --out', () => {
  it('a folder that does not exist', () => {
    const out = join(dir, 'saknas', 'brandvagg.cmd');
    expectOneLine(
      runCli(['firewall-script', '--out', out, '--data', data, '--lang', 'en'], { timeoutMs: 10_000 }),
      `${out}: could not save the script (the folder does not exist). Choose another place with --out.`,
    );
    expectOneLine(
      runCli(['login-script', '--out', out, '--data', data], { timeoutMs: 10_000 }),
      `${out}: skriptet gick inte att spara (mappen finns inte). Välj en annan plats med --out.`,
    );
  });

  it('a folder inside a file, a folder, and a FIFO: named for what they are, not "not a Kassavakt script"', () => {
    const inFile = join(aFile, 'brandvagg.cmd');
    expectOneLine(
      runCli(['firewall-script', '--out', inFile, '--data', data, '--lang', 'en'], { timeoutMs: 10_000 }),
      `${inFile}: could not save the script (part of the path is a file, not a folder). Choose another place with --out.`,
    );
    expectOneLine(
      runCli(['login-script', '--out', data, '--data', data, '--lang', 'nb'], { timeoutMs: 10_000 }),
      `${data}: skriptet kunne ikke lagres (det er en mappe). Velg et annet sted med --out.`,
    );
    const pipe = fifo('skript.cmd');
    expectOneLine(
      runCli(['firewall-script', '--out', pipe, '--data', data, '--lang', 'en'], { timeoutMs: 10_000 }),
      `${pipe}: could not save the script (it is not a regular file but e.g. a FIFO or a device). Choose another place with --out.`,
    );
    expect(readFileSync(aFile, 'utf8')).toBe('mina anteckningar\n');
  });

  it('a place the user may not write', () => {
    const out = '/sys/inloggning.cmd';
    expectOneLine(
      runCli(['login-script', '--out', out, '--data', data, '--lang', 'en'], { timeoutMs: 10_000 }),
      `${out}: could not save the script (you are not allowed to write there). Choose another place with --out.`,
    );
  });
});

describe('login --data', () => {
  it('a data folder that cannot be made: one line, in the chosen language', () => {
    const run = runCli(['login', '--data', UNWRITABLE, '--server', 'KASSA1\\PCKASSA', '--user', 'kassavakt', '--password-stdin', '--lang', 'en'], { input: 'hemligt\n' });
    expectOneLine(run, `${join(UNWRITABLE, 'config.json')}: could not save the settings (you are not allowed to write there); nothing was changed.`);
  });

  it('a data folder inside a file: the settings are not even read, and the file stays as it was', () => {
    const folder = join(aFile, 'data');
    const run = runCli(['login', '--data', folder, '--user', 'kassavakt', '--password-stdin'], { input: 'hemligt\n' });
    expectOneLine(run, `${join(folder, 'config.json')}: en del av sökvägen är en fil, inte en mapp`);
    expect(readFileSync(aFile, 'utf8')).toBe('mina anteckningar\n');
  });
});

describe('tray --data', () => {
  it('a data folder that cannot be made: one line before anything starts', () => {
    const run = runCli(['tray', '--data', UNWRITABLE, '--lang', 'en'], { env: { DISPLAY: ':99' }, timeoutMs: 10_000 });
    expectOneLine(run, `The data folder ${UNWRITABLE} cannot be used (you are not allowed to write there).`);
  });
});

describe('history --data', () => {
  it('a data folder that cannot be made says the history cannot be opened (not that watching goes on)', () => {
    expectOneLine(runCli(['history', '--data', UNWRITABLE, '--lang', 'en']), `The history in ${UNWRITABLE} cannot be opened (you are not allowed to write there).`);
  });
});

describe('sim', () => {
  it('refuses a FIFO as --fleet at once', () => {
    const pipe = fifo('kassor.json');
    expectOneLine(
      runCli(['sim', '--fleet', pipe, '--lang', 'en'], { timeoutMs: 10_000 }),
      `${pipe}: is not a regular file (but e.g. a FIFO or a device)`,
    );
  });

  it('says at once when --log cannot be written', () => {
    const log = join(dir, 'saknas', 'satser.log');
    expectOneLine(runCli(['sim', '--log', log, '--lang', 'en'], { timeoutMs: 10_000 }), `${log}: cannot write the log (the folder does not exist).`);
  });
});

describe('repair: the record of the old values', () => {
  const ORIGINAL = '[Nutid - PC Kassa]\nDriver=FreeTDS\nServer=10.0.0.9\\PCKASSA\n';
  const iniPath = join(dir, 'odbc.ini');
  const store = new UnixOdbcDsnStore('Nutid - PC Kassa', async () => ({ system: iniPath }));

  it('cannot be saved: the DSN is not touched, and the line says why', async () => {
    writeFileSync(iniPath, ORIGINAL);
    const error = await repairDsn(store, 'KASSA1\\PCKASSA', UNWRITABLE, { verify: async () => true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DsnError);
    expect(dsnErrorText('en', error as DsnError)).toBe(
      `"Nutid - PC Kassa" was not changed: the old values could not be saved in ${join(UNWRITABLE, 'dsn-backup.json')} (you are not allowed to write there).`,
    );
    expect(readFileSync(iniPath, 'utf8')).toBe(ORIGINAL);
  });

  it('cannot be read: undo says so and changes nothing', async () => {
    writeFileSync(iniPath, ORIGINAL);
    const backupDir = join(dir, 'backup-folder');
    mkdirSync(join(backupDir, 'dsn-backup.json'), { recursive: true });
    const error = await undoRepair(store, backupDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DsnError);
    expect(dsnErrorText('sv', error as DsnError)).toBe(
      `"Nutid - PC Kassa" ändrades inte: Kassavakts reservkopia ${join(backupDir, 'dsn-backup.json')} går inte att läsa (är en mapp, inte en fil).`,
    );
    expect(readFileSync(iniPath, 'utf8')).toBe(ORIGINAL);
    expect(existsSync(join(backupDir, 'dsn-backup.json'))).toBe(true);
  });
});
