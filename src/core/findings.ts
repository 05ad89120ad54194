// What is wrong with a fleet, as data: one model for the CLI, the tray, the history and reports.
import { machineKey } from './fleet.js';

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'EDITION_MISMATCH'
  | 'VERSION_MISMATCH'
  | 'DUPLICATE_CLIENT_ID'
  | 'UNKNOWN_VERSION'
  | 'MISSING_CLIENT_ID'
  /** A Client ID that is not a whole number from 0 to MAX_CLIENT_ID. */
  | 'INVALID_CLIENT_ID'
  /** The tills query (profile) failed on the server: versions and Client IDs are unknown. */
  | 'PROFILE_FAILED';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Names of the tills the finding concerns. */
  tills: string[];
  message: string;
  advice: string;
}

/**
 * These codes occur at most once per fleet and their till list shrinks as the fix goes on (one till
 * updated at a time); keyed by code alone, fixing one till is not "cleared" plus a new problem.
 */
const FLEET_WIDE: ReadonlySet<FindingCode> = new Set(['VERSION_MISMATCH', 'EDITION_MISMATCH']);

/**
 * Identity of a finding across polls (its episode): the code for fleet-wide findings, else the code
 * and the tills it concerns. The history and the alert policy both key episodes by it.
 */
export function findingKey(finding: Pick<Finding, 'code' | 'tills'>): string {
  if (FLEET_WIDE.has(finding.code)) return finding.code;
  const names = finding.tills.map((n) => machineKey(n)).sort();
  return `${finding.code}:${names.join(',')}`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (worst === null || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/** Exit code of `check` and `status`: 1 when anything is a warning or an error. */
export function hasProblems(findings: readonly Pick<Finding, 'severity'>[]): boolean {
  return findings.some((f) => f.severity !== 'info');
}
