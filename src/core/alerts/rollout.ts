// Update awareness: when a till's release rises above what the fleet ran, which tills are behind.
import { newestTill, versionedTills, versionTarget, type AnalyzedTill, type VersionedTill } from '../rules.js';
import { compareRelease, formatVersion, type Edition } from '../version.js';
import type { Release, Rollout } from './model.js';

export function rolloutKey(release: Release): string {
  return `update:${release.major},${release.release}`;
}

/**
 * A rollout starts when the fleet's highest release rises between two polls that both saw versions;
 * it then follows who is on the new release and who is behind, until a newer one starts. Only the
 * selling tills' edition counts: a backoffice that got the wrong update file (38,06 beside 38,5) is an
 * edition mismatch, and the others must not be told to follow it.
 */
export function observeReleases(
  highest: Release | null,
  rollout: Rollout | null,
  tills: readonly AnalyzedTill[],
): { highestRelease: Release | null; rollout: Rollout | null } {
  const versioned = versionedTills(tills);
  // The fleet's target; without an edition the selling tills agree on, the newest release of any till.
  const target = versionTarget(tills);
  const top = target.status === 'known' ? target.version : newestTill(versioned)?.parsed;
  if (top === undefined) return { highestRelease: highest, rollout };
  const current: Release = { major: top.major, release: top.release };
  const rising = highest !== null && compareRelease(current, highest) > 0;
  const following = rising ? current : rollout;
  return {
    highestRelease: highest !== null && compareRelease(highest, current) > 0 ? highest : current,
    rollout: following === null ? null : follow(following, versioned, top.edition),
  };
}

/** Null when no till runs the release any more (it was rolled back). */
function follow(target: Release, tills: VersionedTill[], edition: Edition): Rollout | null {
  const on = tills.filter((till) => compareRelease(till.parsed, target) >= 0 && till.parsed.edition === edition);
  if (on.length === 0) return null;
  return {
    major: target.major,
    release: target.release,
    version: formatVersion({ ...target, edition }),
    on: on.map((till) => till.name),
    behind: tills.filter((till) => compareRelease(till.parsed, target) < 0).map((till) => till.name),
  };
}
