// Update awareness: when a till's release rises above what the fleet ran, which tills are behind.
import { sellingEdition, type AnalyzedTill } from '../rules.js';
import { compareRelease, formatVersion, type Edition, type ParsedVersion } from '../version.js';
import type { Release, Rollout } from './model.js';

type Versioned = AnalyzedTill & { parsed: ParsedVersion };

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
  const versioned = tills.filter((till): till is Versioned => till.parsed !== null);
  const edition = sellingEdition(tills);
  const eligible = versioned.filter((till) => edition === null || till.parsed.edition === edition);
  if (eligible.length === 0) return { highestRelease: highest, rollout };
  const top = eligible.reduce((a, b) => (compareRelease(b.parsed, a.parsed) > 0 ? b : a)).parsed;
  const current: Release = { major: top.major, release: top.release };
  const rising = highest !== null && compareRelease(current, highest) > 0;
  const target = rising ? current : rollout;
  return {
    highestRelease: highest !== null && compareRelease(highest, current) > 0 ? highest : current,
    rollout: target === null ? null : follow(target, versioned, edition ?? top.edition),
  };
}

/** Null when no till runs the release any more (it was rolled back). */
function follow(target: Release, tills: Versioned[], edition: Edition): Rollout | null {
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
