// Reading the history: events in time order, each till's version timeline, finding episodes, open
// findings with how long they have been open, and the main till's availability per day.
import type { Change, KnownState, OpenFinding } from '../core/changes.js';
import { machineKey } from '../core/fleet.js';
import type { FindingCode, Severity } from '../core/findings.js';
import type { SizeSample } from '../core/sizeGrowth.js';
import type { Edition } from '../core/version.js';
import type { SqliteDatabase, SqliteStatement } from '../platform/sqlite/index.js';
import { fromEventRow, type EventRow } from './eventRow.js';
import { localDay } from './pollCounts.js';

export type HistoryEvent = Change & { id: number };

export interface VersionInterval {
  version: string | null;
  edition: Edition | null;
  from: string;
  /** Null while the till still runs this version. */
  to: string | null;
}

export interface TillTimeline {
  till: string;
  intervals: VersionInterval[];
}

export interface FindingEpisode {
  key: string;
  code: FindingCode;
  severity: Severity;
  tills: string[];
  message: string;
  started: string;
  ended: string | null;
}

export type OpenFindingAge = OpenFinding & { openForMs: number };

export interface DayUptime {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  pollsOk: number;
  pollsFailed: number;
  /** Share of polls that reached the main till, 0..1. */
  availability: number;
  latencyAvgMs: number | null;
  latencyMaxMs: number | null;
}

export interface EventFilter {
  /** Only events about this till (by name, case-insensitive); server and finding events about it too. */
  till?: string;
  /** ISO time or date: only events at or after it. */
  since?: string;
}

type Row = EventRow & { id: number; name: string | null };

// Written exactly as in the partial index event_version_by_till, so SQLite uses it.
export const VERSION_TYPES = "('till.seen', 'till.version')";

export class HistoryQueries {
  private readonly all: SqliteStatement<[number], Row>;
  private readonly forTill: SqliteStatement<[{ till: string; since: number }], Row>;
  private readonly versionsOfTill: SqliteStatement<[string], Row>;
  private readonly versionsOfAll: SqliteStatement<[], Row>;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly state: () => KnownState,
  ) {
    const select = 'SELECT e.id, e.at, e.type, e.till_key, e.data, t.name FROM event e LEFT JOIN till t ON t.key = e.till_key';
    this.all = db.prepare(`${select} WHERE e.at >= ? ORDER BY e.at, e.id`);
    // Findings name their tills inside the JSON; server events concern every till.
    this.forTill = db.prepare(
      `${select} WHERE e.at >= @since AND (e.till_key = @till OR e.type LIKE 'server.%' OR (e.type LIKE 'finding.%' AND
         EXISTS (SELECT 1 FROM json_each(e.data, '$.tills') j WHERE upper(trim(j.value)) = @till)))
       ORDER BY e.at, e.id`,
    );
    this.versionsOfTill = db.prepare(`${select} WHERE e.till_key = ? AND e.type IN ${VERSION_TYPES} ORDER BY e.at, e.id`);
    this.versionsOfAll = db.prepare(`${select} WHERE e.type IN ${VERSION_TYPES} ORDER BY e.till_key, e.at, e.id`);
  }

  events(filter: EventFilter = {}): HistoryEvent[] {
    const since = filter.since === undefined ? Number.MIN_SAFE_INTEGER : Date.parse(filter.since);
    const rows = filter.till === undefined ? this.all.all(since) : this.forTill.all({ till: machineKey(filter.till), since });
    return rows.map((row) => ({ id: row.id, ...fromEventRow(row, row.name) }) as HistoryEvent);
  }

  /** Intervals of version/edition per till (one till when named), oldest first. */
  versionTimeline(till?: string): TillTimeline[] {
    const rows = till === undefined ? this.versionsOfAll.all() : this.versionsOfTill.all(machineKey(till));
    const timelines = new Map<string, TillTimeline>();
    for (const row of rows) {
      const change = fromEventRow(row, row.name);
      const timeline = timelines.get(row.till_key!) ?? { till: row.name ?? row.till_key!, intervals: [] };
      const last = timeline.intervals[timeline.intervals.length - 1];
      if (last) last.to = change.at;
      if (change.type === 'till.seen') timeline.intervals.push({ version: change.version, edition: change.edition, from: change.at, to: null });
      if (change.type === 'till.version') timeline.intervals.push({ version: change.to, edition: change.toEdition, from: change.at, to: null });
      timelines.set(row.till_key!, timeline);
    }
    return [...timelines.values()];
  }

  /** Finding episodes (raised → cleared), oldest first; open ones have ended = null. */
  findingEpisodes(since?: string): FindingEpisode[] {
    const from = since === undefined ? Number.MIN_SAFE_INTEGER : Date.parse(since);
    return this.db
      .prepare<[number], { key: string; code: FindingCode; severity: Severity; tills: string; message: string; started: number; ended: number | null }>(
        'SELECT key, code, severity, tills, message, started, ended FROM finding_episode WHERE ended IS NULL OR ended >= ? ORDER BY started, id',
      )
      .all(from)
      .map((row) => ({
        key: row.key,
        code: row.code,
        severity: row.severity,
        tills: JSON.parse(row.tills) as string[],
        message: row.message,
        started: new Date(row.started).toISOString(),
        ended: row.ended === null ? null : new Date(row.ended).toISOString(),
      }));
  }

  /** The findings open now, oldest first, with how long each has been open. */
  openFindings(now: Date = new Date()): OpenFindingAge[] {
    return [...this.state().findings.values()]
      .map((finding) => ({ ...finding, openForMs: Math.max(0, now.getTime() - Date.parse(finding.since)) }))
      .sort((a, b) => a.since.localeCompare(b.since));
  }

  /** The main till's database size, one sample per local day, oldest first (from `since` on). */
  sizeSamples(since?: string): Array<SizeSample & { logMB: number }> {
    const from = since === undefined ? Number.MIN_SAFE_INTEGER : Date.parse(since);
    return this.db
      .prepare<[number], { at: number; data_mb: number; used_mb: number | null; log_mb: number }>(
        'SELECT at, data_mb, used_mb, log_mb FROM main_till_size WHERE at >= ? ORDER BY day',
      )
      .all(from)
      .map((row) => ({
        at: new Date(row.at).toISOString(),
        dataMB: row.data_mb,
        ...(row.used_mb !== null ? { usedDataMB: row.used_mb } : {}),
        logMB: row.log_mb,
      }));
  }

  /** Polls that reached the main till per local day (rolled-up days and recent hours together). */
  uptimeByDay(since?: string): DayUptime[] {
    const days = new Map<string, { ok: number; failed: number; sum: number; max: number }>();
    const add = (day: string, ok: number, failed: number, sum: number, max: number) => {
      const d = days.get(day) ?? { ok: 0, failed: 0, sum: 0, max: 0 };
      d.ok += ok;
      d.failed += failed;
      d.sum += sum;
      d.max = Math.max(d.max, max);
      days.set(day, d);
    };
    type Counts = { ok: number; failed: number; sum: number; max: number };
    for (const row of this.db.prepare<[], Counts & { day: string }>('SELECT day, ok, failed, latency_sum AS sum, latency_max AS max FROM poll_day').iterate()) {
      add(row.day, row.ok, row.failed, row.sum, row.max);
    }
    for (const row of this.db.prepare<[], Counts & { hour: number }>('SELECT hour, ok, failed, latency_sum AS sum, latency_max AS max FROM poll_hour').iterate()) {
      add(localDay(row.hour * 3_600_000), row.ok, row.failed, row.sum, row.max);
    }
    const first = since === undefined ? '' : localDay(Date.parse(since));
    return [...days.entries()]
      .filter(([day]) => day >= first)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, d]) => ({
        day,
        pollsOk: d.ok,
        pollsFailed: d.failed,
        availability: d.ok + d.failed === 0 ? 0 : d.ok / (d.ok + d.failed),
        latencyAvgMs: d.ok + d.failed === 0 ? null : d.sum / (d.ok + d.failed),
        latencyMaxMs: d.ok + d.failed === 0 ? null : d.max,
      }));
  }
}
