// Finding episodes: a finding is open from the first poll that reports it to the first that does not.
import { findingKey, type Finding, type FindingCode } from '../findings.js';
import type { OpenFinding } from './model.js';

/**
 * These codes occur at most once per fleet and their till list shrinks as the fix goes on (one till
 * updated at a time); keyed by code alone, fixing one till is not "cleared" plus a new problem.
 */
const FLEET_WIDE: ReadonlySet<FindingCode> = new Set(['VERSION_MISMATCH', 'EDITION_MISMATCH']);

/** The identity of a finding's episode: `findingKey`, or the code for fleet-wide findings. */
export function episodeKey(finding: Pick<Finding, 'code' | 'tills'>): string {
  return FLEET_WIDE.has(finding.code) ? finding.code : findingKey(finding);
}

/** The open episodes after a poll's findings: new ones open at `at`, open ones keep their start. */
export function observeFindings(
  previous: Record<string, OpenFinding>,
  findings: readonly Finding[],
  at: number,
): Record<string, OpenFinding> {
  const open: Record<string, OpenFinding> = {};
  for (const finding of findings) {
    const key = episodeKey(finding);
    open[key] = { finding, openedAt: previous[key]?.openedAt ?? open[key]?.openedAt ?? at };
  }
  return open;
}
