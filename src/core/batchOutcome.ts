// What each statement of the poll's one batch gave: its result set, its error(s), or nothing because
// SQL Server ended the batch before it. Result sets are told apart by their first column (the fixed
// statements' markers, in batch order; what follows them is the profile's), errors by the line
// number SQL Server reports.
import type { BatchPiece, PlannedStatement } from './pollQueries.js';

export interface BatchRecordset {
  columns: string[];
  rows: Record<string, unknown>[];
}

export interface StatementError {
  number: number;
  message: string;
  /** The batch line SQL Server names (1-based). */
  lineNumber: number;
}

/** Everything one batch sent back, in the order it arrived. */
export interface BatchParts {
  recordsets: BatchRecordset[];
  errors: StatementError[];
}

export type PieceOutcome =
  | { kind: 'rows'; recordset: BatchRecordset }
  | { kind: 'failed'; errors: StatementError[] }
  /** The batch ended before this statement ran (or, before anything ran, it did not compile). */
  | { kind: 'notRun' };

export function pieceOutcomes(plan: readonly PlannedStatement[], parts: BatchParts): Map<BatchPiece, PieceOutcome> {
  const outcomes = new Map<BatchPiece, PieceOutcome>();
  let next = 0;
  for (const statement of plan) {
    if (statement.marker === undefined) continue;
    const recordset = parts.recordsets[next];
    if (recordset !== undefined && recordset.columns[0]?.toLowerCase() === statement.marker.toLowerCase()) {
      outcomes.set(statement.piece, { kind: 'rows', recordset });
      next += 1;
    }
  }
  const rest = parts.recordsets.slice(next);
  const profile = plan.find((s) => s.piece === 'profile');
  if (profile && rest.length > 0) outcomes.set('profile', { kind: 'rows', recordset: rest.at(-1)! });
  for (const statement of plan) {
    if (outcomes.has(statement.piece)) continue;
    const errors = parts.errors.filter((e) => e.lineNumber >= statement.firstLine && e.lineNumber <= statement.lastLine);
    outcomes.set(statement.piece, errors.length > 0 ? { kind: 'failed', errors } : { kind: 'notRun' });
  }
  return outcomes;
}

/** The server's words for the log and --json: "message [number]", one per error. */
export function statementErrorText(errors: readonly StatementError[]): string {
  return errors.map((e) => `${e.message} [${e.number}]`).join(' ');
}
