// What Kassavakt exports to Prometheus, as plain values: the exporter only copies these into its
// gauges. Pure, so what a chain's alert rules see is decided (and tested) here. Label values are the
// raw names from the data, never translated.
import { ROLES, type Role } from './fleet.js';
import { FINDING_SEVERITIES, type Finding, type FindingCode, type Severity } from './findings.js';
import { mainTillFigures, type MainTillHealth } from './mainTill.js';
import type { AnalyzedTill } from './rules.js';

/** A poll as the metrics need it: when it started, how long it took, whether the main till answered. */
export interface PollStamp {
  at: string;
  latencyMs: number;
  ok: boolean;
}

export interface MetricsInput {
  /** The latest poll; null before the first one ended. */
  lastPoll: PollStamp | null;
  /** The latest poll the main till answered; null when none did since start. */
  lastSuccess: PollStamp | null;
  /** The tills and open findings of the last good poll (what the tray shows too). */
  tills: readonly AnalyzedTill[];
  findings: readonly Finding[];
  /** The main till's own health as the last good poll carried it; absent when not known. */
  mainTill?: MainTillHealth;
}

export interface TillInfo {
  till: string;
  role: Role;
  version: string;
  edition: string;
  client_id: string;
}

export interface FindingCount {
  code: FindingCode;
  severity: Severity;
  count: number;
}

/** A till an open finding names (the tills to act on, for an alert's text). */
export interface FindingTill {
  code: FindingCode;
  till: string;
}

export interface MetricValues {
  /** Absent before the first poll: Prometheus then sees no sample rather than a false 0. */
  up?: 0 | 1;
  lastPollSeconds?: number;
  lastSuccessSeconds?: number;
  tillsByRole: Record<Role, number>;
  tillsConnected: number;
  tillInfo: TillInfo[];
  /** Every code Kassavakt knows with every severity it can have, 0 when none is open. */
  findings: FindingCount[];
  findingTills: FindingTill[];
  /** The main till's health; each absent when it is not known (or, for the limit, when the edition has none). */
  backupAgeSeconds?: number;
  databaseDataBytes?: number;
  databaseLimitBytes?: number;
  volumeFreeBytes?: number;
}

const BYTES_PER_MB = 1024 * 1024;

export function metricValues(input: MetricsInput): MetricValues {
  const tillsByRole = Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;
  for (const till of input.tills) tillsByRole[till.role]++;
  const open = new Map<string, number>();
  for (const finding of input.findings) {
    const key = `${finding.code}\0${finding.severity}`;
    open.set(key, (open.get(key) ?? 0) + 1);
  }
  const findings = (Object.keys(FINDING_SEVERITIES) as FindingCode[]).flatMap((code) =>
    FINDING_SEVERITIES[code].map((severity) => ({ code, severity, count: open.get(`${code}\0${severity}`) ?? 0 })),
  );
  return {
    ...(input.lastPoll ? { up: input.lastPoll.ok ? 1 : 0, lastPollSeconds: seconds(input.lastPoll.at, input.lastPoll.latencyMs) } : {}),
    ...(input.lastSuccess ? { lastSuccessSeconds: seconds(input.lastSuccess.at, input.lastSuccess.latencyMs) } : {}),
    tillsByRole,
    tillsConnected: input.tills.filter((till) => till.connected === true).length,
    tillInfo: input.tills.map((till) => ({
      till: till.name,
      role: till.role,
      version: till.version ?? '',
      edition: till.parsed?.edition ?? till.edition ?? '',
      client_id: till.clientId === undefined ? '' : String(till.clientId),
    })),
    findings,
    findingTills: uniqueFindingTills(input.findings),
    ...healthValues(input),
  };
}

function uniqueFindingTills(findings: readonly Finding[]): FindingTill[] {
  const seen = new Map<string, FindingTill>();
  for (const { code, tills } of findings) for (const till of tills) seen.set(`${code}\0${till}`, { code, till });
  return [...seen.values()];
}

function healthValues(input: MetricsInput): Partial<MetricValues> {
  if (!input.mainTill || !input.lastSuccess) return {};
  const figures = mainTillFigures(input.mainTill, input.lastSuccess.at);
  const bytes = (mb: number | null) => (mb === null ? undefined : Math.round(mb * BYTES_PER_MB));
  const values: Partial<MetricValues> = {
    backupAgeSeconds: figures.fullBackupAgeHours === null ? undefined : figures.fullBackupAgeHours * 3600,
    databaseDataBytes: bytes(figures.usedDataMB),
    databaseLimitBytes: bytes(figures.dataLimitMB),
    volumeFreeBytes: bytes(figures.volumeFreeMB),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** Unix seconds of an ISO time, plus a duration (a poll's end = its start + its latency). */
function seconds(iso: string, plusMs = 0): number {
  return (Date.parse(iso) + plusMs) / 1000;
}
