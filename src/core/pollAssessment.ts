// Judges a successful poll: the fleet rules, plus what only a live poll can say (the profile failed).
import type { Finding } from './findings.js';
import { t, type Lang } from './i18n.js';
import type { PollFailure, PollSuccess } from './poll.js';
import { assessFleet, type FleetAssessment } from './rules.js';

export function assessPoll(poll: Pick<PollSuccess, 'snapshot' | 'profileError'>, lang: Lang): FleetAssessment {
  const assessment = assessFleet(poll.snapshot.tills, lang);
  if (poll.profileError === undefined) return assessment;
  // Without the profile no till has a version or Client ID: one finding says why, instead of one
  // "unknown version" and one "missing Client ID" per connected till.
  const findings = assessment.findings.filter((f) => f.code !== 'UNKNOWN_VERSION' && f.code !== 'MISSING_CLIENT_ID');
  return { ...assessment, findings: [profileFailed(lang), ...findings] };
}

function profileFailed(lang: Lang): Finding {
  return {
    code: 'PROFILE_FAILED',
    severity: 'warning',
    tills: [],
    message: t(lang, 'profile.failed.message'),
    advice: t(lang, 'profile.failed.advice'),
  };
}

/** The one line a store manager reads when the main till cannot be read. */
export function unreachableMessage(lang: Lang, failure: Pick<PollFailure, 'reason' | 'detail'>, server: string): string {
  return t(lang, `unreachable.${failure.reason}`, { server, detail: failure.detail });
}
