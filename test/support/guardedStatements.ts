// "Read-only towards the main till, every batch guarded", as the simulated main till's statement log
// (`sim --log`) shows it. In each session the driver's own setup batch may come first: tedious sends it
// by itself right after login, one batch of SET statements only (lower case; its isolation level is
// our `connectionIsolationLevel`). Every other request must begin with the READ UNCOMMITTED +
// LOCK_TIMEOUT preamble and hold nothing but SELECTs.
import { existsSync, readFileSync } from 'node:fs';
import { LOCK_TIMEOUT_MS } from '../../src/core/pollQueries.js';

export interface LoggedStatement {
  session: number;
  /** Numbers the batches the sim received, counting from 1 in each sim process. */
  request: number;
  sql: string;
}

/** The batch tedious sends after login (tedious 19, with Kassavakt's connection options), exactly; README names it. */
export const DRIVER_SETUP_BATCH = [
  'set ansi_nulls on',
  'set ansi_null_dflt_on on',
  'set ansi_padding on',
  'set ansi_warnings on',
  'set arithabort on',
  'set concat_null_yields_null on',
  'set datefirst 7',
  'set dateformat mdy',
  'set implicit_transactions off',
  'set language us_english',
  'set numeric_roundabort off',
  'set quoted_identifier on',
  'set textsize 2147483647',
  'set transaction isolation level read uncommitted',
  'set xact_abort off',
];

const PREAMBLE = ['SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED', `SET LOCK_TIMEOUT ${LOCK_TIMEOUT_MS}`];
const SELECT = /^\s*SELECT\b/i;

export function readStatementLog(path: string): LoggedStatement[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoggedStatement);
}

/**
 * The log's sessions, each as its requests' statements in order. The log may hold several sim
 * processes one after the other (a restarted main till): a request number lower than the one before
 * starts the next, as session numbers start again there too.
 */
export function sessionsOf(statements: readonly LoggedStatement[]): Map<string, string[][]> {
  const sessions = new Map<string, Map<number, string[]>>();
  let run = 0;
  let lastRequest = 0;
  for (const { session, request, sql } of statements) {
    if (request < lastRequest) run += 1;
    lastRequest = request;
    const key = `${run}:${session}`;
    const requests = sessions.get(key) ?? new Map<number, string[]>();
    requests.set(request, [...(requests.get(request) ?? []), sql]);
    sessions.set(key, requests);
  }
  return new Map([...sessions].map(([key, requests]) => [key, [...requests.values()]]));
}

/** What breaks the rule, one line each, named by session ("run:session"); empty when every request was guarded. */
export function unguardedRequests(statements: readonly LoggedStatement[]): string[] {
  const problems: string[] = [];
  for (const [session, requests] of sessionsOf(statements)) {
    requests.forEach((batch, i) => {
      if (i === 0 && sameList(batch, DRIVER_SETUP_BATCH)) return;
      if (batch[0] !== PREAMBLE[0] || batch[1] !== PREAMBLE[1]) problems.push(`session ${session}: without the preamble: ${batch.join('; ')}`);
      else if (batch.length === 2) problems.push(`session ${session}: the preamble alone`);
      else {
        const other = batch.slice(2).find((sql) => !SELECT.test(sql));
        if (other !== undefined) problems.push(`session ${session}: not a SELECT: ${other}`);
      }
    });
  }
  return problems;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
