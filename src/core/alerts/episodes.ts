// Finding episodes: a finding is open from the first poll that reports it to the first that does not.
import { findingKey, type Finding } from '../findings.js';
import type { OpenFinding } from './model.js';

/** The open episodes after a poll's findings: new ones open at `at`, open ones keep their start. */
export function observeFindings(
  previous: Record<string, OpenFinding>,
  findings: readonly Finding[],
  at: number,
): Record<string, OpenFinding> {
  const open: Record<string, OpenFinding> = {};
  for (const finding of findings) {
    const key = findingKey(finding);
    open[key] = { finding, openedAt: previous[key]?.openedAt ?? open[key]?.openedAt ?? at };
  }
  return open;
}
