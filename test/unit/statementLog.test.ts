// The simulator's statement log: memory keeps the latest statements only, the file gets every one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STATEMENTS_KEPT, StatementLog } from '../../src/sim/statementLog.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-statements-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the statement log', () => {
  it('keeps the latest statements in memory, however long the sim runs, and writes all of them to its file', () => {
    const file = join(dir, 'statements.jsonl');
    const log = new StatementLog(file);
    const sent = STATEMENTS_KEPT + 5;
    for (let i = 1; i <= sent; i++) log.add(51, `SELECT ${i}`, log.newRequest());

    const kept = log.all();
    expect(kept).toHaveLength(STATEMENTS_KEPT);
    expect(kept[0]).toMatchObject({ request: 6, sql: 'SELECT 6' });
    expect(kept.at(-1)).toMatchObject({ request: sent, sql: `SELECT ${sent}` });
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(sent);
    expect(JSON.parse(lines[0]!)).toMatchObject({ session: 51, request: 1, sql: 'SELECT 1' });
  });
});
