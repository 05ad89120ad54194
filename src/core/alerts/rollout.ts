// Update awareness: when a till's release rises above what the fleet ran, which tills are behind.
import { compareRelease, formatVersion, type ParsedVersion } from '../version.js';
import type { AnalyzedTill } from '../rules.js';
import type { Release, Rollout } from './model.js';

type Versioned = Pick<AnalyzedTill, 'name'> & { parsed: ParsedVersion };

export function rolloutKey(release: Release): string {
  return `update:${release.major},${release.release}`;
}

/**
 * A rollout starts when the fleet's highest release rises between two polls that both saw versions;
 * it then follows who is on the new release and who is behind, until a newer one starts.
 */
export function observeReleases(
  highest: Release | null,
  rollout: Rollout | null,
  tills: readonly Pick<AnalyzedTill, 'name' | 'parsed'>[],
): { highestRelease: Release | null; rollout: Rollout | null } {
  const versioned = tills.filter((till): till is Versioned => till.parsed !== null);
  if (versioned.length === 0) return { highestRelease: highest, rollout };
  const top = versioned.reduce((a, b) => (compareRelease(b.parsed, a.parsed) > 0 ? b : a)).parsed;
  const current: Release = { major: top.major, release: top.release };
  const rising = highest !== null && compareRelease(current, highest) > 0;
  const target = rising ? current : rollout;
  return {
    highestRelease: highest !== null && compareRelease(highest, current) > 0 ? highest : current,
    rollout: target === null ? null : follow(target, versioned),
  };
}

/** Null when no till runs the release any more (it was rolled back). */
function follow(target: Release, tills: Versioned[]): Rollout | null {
  const on = tills.filter((till) => compareRelease(till.parsed, target) >= 0);
  if (on.length === 0) return null;
  const sample = on.find((till) => compareRelease(till.parsed, target) === 0);
  return {
    major: target.major,
    release: target.release,
    version: formatVersion((sample ?? on[0]!).parsed),
    on: on.map((till) => till.name),
    behind: tills.filter((till) => compareRelease(till.parsed, target) < 0).map((till) => till.name),
  };
}
