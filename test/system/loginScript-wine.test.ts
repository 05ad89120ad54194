// The login script under Windows' own command interpreter (Wine's cmd.exe): the .cmd copies its T-SQL
// out of itself byte for byte and hands that file to `sqlcmd -S .\PCKASSA -E`, deleting it afterwards.
// sqlcmd itself cannot exist here (it comes with SQL Server on the main till), so a stub on PATH
// stands in for it and keeps the file it was given. (Wine's `where` always answers yes, so the
// script's "no sqlcmd here" line cannot be shown under Wine.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginScriptSql } from '../../src/platform/loginScript.js';
import { runCli } from '../support/cli.js';
import { createWinePrefix, type WinePrefix } from '../support/wine.js';

const work = mkdtempSync(join(tmpdir(), 'kassavakt-login-script-wine-'));
const script = join(work, 'kassavakt-inloggning-huvudkassa.cmd');
const stubDir = join(work, 'stub');
let wine: WinePrefix;

beforeAll(async () => {
  const written = runCli(['login-script', '--out', script, '--login', 'kv_read', '--database', 'PCKassa', '--data', work]);
  expect(written.code, written.stderr).toBe(0);
  mkdirSync(stubDir);
  // Keeps the file after -i and prints its arguments, as a stand-in for SQL Server's sqlcmd.
  writeFileSync(
    join(stubDir, 'sqlcmd.cmd'),
    ['@echo off', ':next', 'if "%~1"=="" goto done', `if "%~1"=="-i" copy /y "%~2" "${`Z:${stubDir.replace(/\//g, '\\')}\\received.sql`}" >nul`, 'shift', 'goto next', ':done', 'echo sqlcmd %*', 'exit /b 0', ''].join('\r\n'),
  );
  wine = await createWinePrefix();
}, 120_000);

afterAll(async () => {
  await wine?.close();
});

/** Runs the script with this PATH; the Enter presses answer its closing `pause`. */
const run = (path: string) => wine.run('cmd', ['/c', `set PATH=${path}& ${wine.windowsPath(script)}`], { stdin: '\r\n\r\n', timeoutMs: 60_000 });

describe('the login script under cmd.exe', () => {
  it('gives sqlcmd exactly its T-SQL, with Windows authentication on the instance', async () => {
    const result = await run(`${wine.windowsPath(stubDir)};C:\\windows\\system32`);
    expect(result.code, result.stderr).toBe(0);
    const call = result.stdout.split(/\r?\n/).find((line) => line.startsWith('sqlcmd '));
    if (call === undefined) throw new Error(`no sqlcmd call in: ${JSON.stringify(result)}`);
    expect(call).toMatch(/^sqlcmd -S \.\\PCKASSA -E -b -f 65001 -i "C:\\users\\[^\\]+\\Temp\\kassavakt-login-\d+\.sql"$/);
    const received = readFileSync(join(stubDir, 'received.sql'), 'utf8');
    expect(received).toBe(loginScriptSql({ login: 'kv_read', database: 'PCKassa', instance: 'PCKASSA', lang: 'sv' }));
    const temp = /-i "C:\\users\\([^\\]+)\\Temp\\(kassavakt-login-\d+\.sql)"/.exec(call)!;
    expect(existsSync(join(wine.dir, 'drive_c', 'users', temp[1]!, 'Temp', temp[2]!))).toBe(false);
  });
});
