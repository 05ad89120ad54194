// Every poll is counted in one row per hour (polls ok/failed, latency sum and max); hours older than the
// retention horizon are rolled up into one row per local day, so the counts never grow without bound.
import type { SqliteDatabase } from '../platform/sqlite/index.js';

const HOUR_MS = 3_600_000;

export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS);
}

/** The local calendar day (YYYY-MM-DD) an instant falls on: what a shop calls "a day". */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export interface PollCounts {
  ok: number;
  failed: number;
  latencySum: number;
  latencyMax: number;
}

export class PollCounter {
  private readonly upsert;
  private readonly oldHours;
  private readonly addDay;
  private readonly dropHours;

  constructor(db: SqliteDatabase) {
    this.upsert = db.prepare(
      `INSERT INTO poll_hour (hour, ok, failed, latency_sum, latency_max) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (hour) DO UPDATE SET ok = ok + excluded.ok, failed = failed + excluded.failed,
         latency_sum = latency_sum + excluded.latency_sum, latency_max = max(latency_max, excluded.latency_max)`,
    );
    this.oldHours = db.prepare<[number], { hour: number } & PollCounts>(
      'SELECT hour, ok, failed, latency_sum AS latencySum, latency_max AS latencyMax FROM poll_hour WHERE hour < ?',
    );
    this.addDay = db.prepare(
      `INSERT INTO poll_day (day, ok, failed, latency_sum, latency_max) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET ok = ok + excluded.ok, failed = failed + excluded.failed,
         latency_sum = latency_sum + excluded.latency_sum, latency_max = max(latency_max, excluded.latency_max)`,
    );
    this.dropHours = db.prepare('DELETE FROM poll_hour WHERE hour < ?');
  }

  count(atMs: number, ok: boolean, latencyMs: number): void {
    const latency = Math.max(0, Math.round(latencyMs));
    this.upsert.run(hourOf(atMs), ok ? 1 : 0, ok ? 0 : 1, latency, latency);
  }

  /** Folds the hours before `beforeMs` into their local days. Call inside the poll's transaction. */
  rollUp(beforeMs: number): void {
    const cutoff = hourOf(beforeMs);
    const days = new Map<string, PollCounts>();
    for (const row of this.oldHours.iterate(cutoff)) {
      const day = localDay(row.hour * HOUR_MS);
      const sum = days.get(day) ?? { ok: 0, failed: 0, latencySum: 0, latencyMax: 0 };
      sum.ok += row.ok;
      sum.failed += row.failed;
      sum.latencySum += row.latencySum;
      sum.latencyMax = Math.max(sum.latencyMax, row.latencyMax);
      days.set(day, sum);
    }
    for (const [day, sum] of days) this.addDay.run(day, sum.ok, sum.failed, sum.latencySum, sum.latencyMax);
    this.dropHours.run(cutoff);
  }
}
