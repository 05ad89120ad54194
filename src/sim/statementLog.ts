// Every statement the sim received, with its session and the request (batch or RPC) it came in:
// the latest ones kept in memory for tests and all of them optionally appended to a JSON-lines file
// (`{"at","session","request","sql"}`), so "the monitor only sent SELECT and SET" and "a poll is one
// request" can be checked after the fact.
import { appendFileSync } from 'node:fs';

/** How many statements memory keeps: far more than a test sends, and a `sim` that runs for weeks stays small. */
export const STATEMENTS_KEPT = 10_000;

export interface StatementRecord {
  at: string;
  session: number;
  /** Numbers the requests the sim received, in order. */
  request: number;
  sql: string;
}

export class StatementLog {
  private readonly records: StatementRecord[] = [];
  private requests = 0;
  /** When the latest request came: its statements carry that time. */
  private requestAt = '';

  constructor(private readonly file?: string) {
    // Created (or opened) now: a log that cannot be written fails the start, not the first request.
    if (file) appendFileSync(file, '');
  }

  /** The number of the next request; its statements are added with it. */
  newRequest(): number {
    this.requests += 1;
    this.requestAt = new Date().toISOString();
    return this.requests;
  }

  add(session: number, sql: string, request: number): void {
    const record = { at: this.requestAt, session, request, sql };
    if (this.records.push(record) > STATEMENTS_KEPT) this.records.shift();
    if (this.file) appendFileSync(this.file, `${JSON.stringify(record)}\n`);
  }

  /** The latest STATEMENTS_KEPT statements, oldest first. */
  all(): StatementRecord[] {
    return [...this.records];
  }
}
