// Judges a successful poll: the fleet rules, the main till's own health, plus what only a live poll
// can say (the profile failed, a piece the login may not read).
import { defaultConfig, type HealthSettings } from './config.js';
import type { FleetSnapshot } from './fleet.js';
import type { Finding } from './findings.js';
import { assessMainTill, healthUnknown } from './healthFindings.js';
import { t, type Lang } from './i18n.js';
import type { UnreadablePiece } from './mainTill.js';
import type { PollFailure, PollSuccess } from './poll.js';
import { assessFleet, type FleetAssessment } from './rules.js';
import type { SizeGrowth } from './sizeGrowth.js';

export interface HealthJudgement {
  /** Config `health.*`; the defaults when absent. */
  settings?: HealthSettings;
  /** The database's growth from the history (core/sizeGrowth), asked only when a forecast is needed. */
  growth?: () => SizeGrowth | null;
}

/** The login `kassavakt login-script` creates; named in a GRANT when the server did not say. */
export const DEFAULT_LOGIN = 'kassavakt';

const defaultHealthSettings = (): HealthSettings => defaultConfig().health;

export function assessPoll(
  poll: Pick<PollSuccess, 'at' | 'snapshot' | 'profileError' | 'sessionsError' | 'mainTill' | 'server'>,
  lang: Lang,
  judgement: HealthJudgement = {},
): FleetAssessment {
  const assessment = assessFleet(poll.snapshot.tills, lang);
  let findings = assessment.findings;
  // Without the profile no till has a version or Client ID: one finding says why, instead of one
  // "unknown version" and one "missing Client ID" per connected till.
  if (poll.profileError !== undefined) {
    findings = [profileFailed(lang), ...findings.filter((f) => f.code !== 'UNKNOWN_VERSION' && f.code !== 'MISSING_CLIENT_ID')];
  }
  const unreadable: UnreadablePiece[] = [
    ...(poll.sessionsError !== undefined ? [{ piece: 'sessions' as const, detail: poll.sessionsError }] : []),
    ...(poll.mainTill?.unreadable ?? []),
  ];
  const unknown = healthUnknown(unreadable, poll.server.login ?? DEFAULT_LOGIN, lang);
  const health = poll.mainTill
    ? assessMainTill(poll.mainTill, { at: poll.at, settings: judgement.settings ?? defaultHealthSettings(), lang, ...(judgement.growth ? { growth: judgement.growth } : {}) })
    : [];
  return { ...assessment, findings: [...findings, ...health, ...(unknown ? [unknown] : [])] };
}

/**
 * Judges a snapshot file (`check`): the fleet rules and, when it carries `mainTill`, its health at
 * `takenAt` (or `now` for a snapshot without a time). Without `mainTill` there are no health findings.
 */
export function assessSnapshot(snapshot: FleetSnapshot, lang: Lang, now: Date, settings: HealthSettings = defaultHealthSettings()): FleetAssessment {
  const assessment = assessFleet(snapshot.tills, lang);
  if (snapshot.mainTill === undefined) return assessment;
  const at = snapshot.takenAt ?? now.toISOString();
  return { ...assessment, findings: [...assessment.findings, ...assessMainTill(snapshot.mainTill, { at, settings, lang })] };
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
