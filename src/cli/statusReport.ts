// Renders one poll of the main till: the `check` view (tills and findings) with the server's identity
// and the connected sessions, for the terminal or as JSON (`status`, `demo`).
import { t, type Lang } from '../core/i18n.js';
import type { PollFailure, PollSuccess } from '../core/poll.js';
import { unreachableMessage } from '../core/pollAssessment.js';
import type { FleetAssessment } from '../core/rules.js';
import { assessmentJson, renderAssessment } from './fleetReport.js';
import { mainTillBlock } from '../core/mainTillText.js';

export function statusJson(poll: PollSuccess, assessment: FleetAssessment) {
  return {
    ...assessmentJson(assessment),
    server: poll.server,
    sessions: poll.sessions,
    polledAt: poll.at,
    latencyMs: poll.latencyMs,
    ...(poll.profileError !== undefined ? { profileError: profileErrorJson(poll.profileError, assessment) } : {}),
    ...(poll.sessionsError !== undefined ? { sessionsError: poll.sessionsError } : {}),
    ...(poll.mainTill !== undefined ? { mainTill: poll.mainTill } : {}),
  };
}

/** The tills query failed: what the user is told (the PROFILE_FAILED finding) and the driver's detail. */
function profileErrorJson(detail: string, assessment: FleetAssessment) {
  const finding = assessment.findings.find((f) => f.code === 'PROFILE_FAILED');
  return { message: finding?.message ?? '', detail };
}

export function unreachableJson(failure: PollFailure, server: string, lang: Lang) {
  return {
    reachable: false,
    reason: failure.reason,
    message: unreachableMessage(lang, failure, server),
    detail: failure.detail,
    polledAt: failure.at,
    latencyMs: failure.latencyMs,
  };
}

export function renderStatus(poll: PollSuccess, assessment: FleetAssessment, lang: Lang): string {
  const connected = assessment.tills.filter((till) => till.connected).length;
  const lines = [
    // A batch that did not compile (the profile's fault) answered without saying who the server is.
    poll.server.machineName === ''
      ? t(lang, 'status.serverAnswered', { ms: poll.latencyMs })
      : t(lang, 'status.server', {
          machine: poll.server.machineName,
          version: poll.server.productVersion,
          database: poll.server.database,
          ms: poll.latencyMs,
        }),
    poll.sessions === null ? t(lang, 'status.sessionsUnknown') : t(lang, 'status.sessions', { count: connected }),
    '',
    ...(poll.mainTill !== undefined ? [...mainTillBlock(poll.mainTill, poll.at, lang), ''] : []),
    renderAssessment(assessment, lang),
  ];
  // A failed tills query is the PROFILE_FAILED finding above, in the user's language; the driver's
  // detail is only in --json.
  return lines.join('\n');
}
