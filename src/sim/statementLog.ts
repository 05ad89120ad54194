// Every statement the sim received, with its session: kept in memory for tests and optionally
// appended to a JSON-lines file (`{"at","session","sql"}`), so "the monitor only sent SELECT and
// SET" can be checked after the fact.
import { appendFileSync } from 'node:fs';

export interface StatementRecord {
  at: string;
  session: number;
  sql: string;
}

export class StatementLog {
  private readonly records: StatementRecord[] = [];

  constructor(private readonly file?: string) {}

  add(session: number, sql: string): void {
    const record = { at: new Date().toISOString(), session, sql };
    this.records.push(record);
    if (this.file) appendFileSync(this.file, `${JSON.stringify(record)}\n`);
  }

  all(): StatementRecord[] {
    return [...this.records];
  }
}
