// Översikt: is the main till answering, which tills run what, what is wrong and what to do about it,
// and the version timeline.
import { findingKey, worstSeverity, type Finding, type Severity } from '../../core/findings.js';
import { t, type Lang } from '../../core/i18n.js';
import { assessFleet, type AnalyzedTill } from '../../core/rules.js';
import { editionLabel, versionCell } from '../../core/version.js';
import { renderTimelineChart } from '../chart.js';
import { formatDateTime, type FormatOptions } from '../format.js';
import { heading, html, type Html } from '../html.js';
import type { FleetView, PollView } from '../model.js';
import { mainTillFindings, renderMainTillCard } from './mainTillCard.js';

export interface OverviewOptions extends FormatOptions {
  now: string;
  /** Heading level of the page title: the static report nests the page under its own title. */
  headingLevel?: 1 | 2;
}

export function renderOverview(view: FleetView, lang: Lang, options: OverviewOptions): Html {
  const assessment = assessFleet(view.tills, lang);
  const findings = [...assessment.findings, ...(view.mainTill ? mainTillFindings(view.mainTill, lang) : [])];
  const marks = tillMarks(findings);
  const top = options.headingLevel ?? 1;
  const sub = top === 2 ? 3 : 2;
  return html`${heading(top, t(lang, 'console.nav.overview'), 'overview-title')}
${renderPollStatus(view.poll, lang, options)}
<section aria-labelledby="findings-title">${heading(sub, t(lang, 'console.findings.heading'), 'findings-title')}
${renderFindings(findings, view.openSince, lang, options)}</section>
${view.mainTill ? renderMainTillCard(view.mainTill, lang, sub, options) : ''}
<section aria-labelledby="fleet-title">${heading(sub, t(lang, 'console.fleet.heading'), 'fleet-title')}
${renderFleetTable(assessment.tills, marks, lang, options)}</section>
<section aria-labelledby="timeline-title">${heading(sub, t(lang, 'console.timeline.heading'), 'timeline-title')}
${renderTimelineChart(view.timelines, lang, { now: options.now, timeZone: options.timeZone, idPrefix: 'tl' })}</section>`;
}

function renderPollStatus(poll: PollView, lang: Lang, options: FormatOptions): Html {
  const server = poll.server ?? '';
  const time = poll.at ? formatDateTime(lang, poll.at, options) : '';
  switch (poll.state) {
    case 'ok':
      return html`<p class="status ok" role="status">${t(lang, 'console.poll.ok', { server, time })}</p>`;
    case 'unreachable':
      return html`<p class="status problem" role="status">${t(lang, 'console.poll.unreachable', { server, time, reason: poll.reason ?? '' })}</p>`;
    case 'never':
      return html`<p class="status never" role="status">${t(lang, 'console.poll.never')}</p>`;
  }
}

function renderFindings(findings: readonly Finding[], openSince: Record<string, string>, lang: Lang, options: FormatOptions): Html {
  if (findings.length === 0) return html`<p class="all-good">${t(lang, 'report.allGood')}</p>`;
  const items = findings.map((finding) => {
    const since = openSince[findingKey(finding)];
    return html`<li class="finding ${finding.severity}" data-code="${finding.code}"><span class="badge ${finding.severity}">${t(lang, `severity.${finding.severity}`)}</span>
<p class="finding-message">${finding.message}</p>
<p class="finding-advice"><strong>${t(lang, 'console.findings.advice')}</strong> ${finding.advice}</p>${
      since ? html`<p class="finding-since">${t(lang, 'console.findings.since', { time: formatDateTime(lang, since, options) })}</p>` : ''
    }</li>`;
  });
  return html`<ul class="findings">${items}</ul>`;
}

/** Each till's worst problem (error or warning), by upper-case name, for its badge in the table. */
function tillMarks(findings: readonly Finding[]): Map<string, Severity> {
  const byTill = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    for (const name of finding.tills) byTill.set(name.toUpperCase(), [...(byTill.get(name.toUpperCase()) ?? []), finding]);
  }
  return new Map([...byTill].map(([name, list]) => [name, worstSeverity(list)!]));
}

function renderFleetTable(tills: readonly AnalyzedTill[], marks: Map<string, Severity>, lang: Lang, options: FormatOptions): Html {
  if (tills.length === 0) return html`<p class="empty">${t(lang, 'console.fleet.empty')}</p>`;
  const dash = '–';
  const rows = tills.map((till) => {
    const version = versionCell(till);
    const connected = till.connected === undefined ? dash : t(lang, till.connected ? 'report.yes' : 'report.no');
    const mark = marks.get(till.name.toUpperCase());
    return html`<tr data-till="${till.name}"><th scope="row">${till.name}${
      mark ? html` <span class="badge ${mark}">${t(lang, `severity.${mark}`)}</span>` : ''
    }</th><td>${t(lang, `role.${till.role}`)}</td><td class="num">${till.clientId === undefined ? dash : String(till.clientId)}</td><td>${version}</td><td>${
      till.parsed ? editionLabel(lang, till.parsed.edition) : dash
    }</td><td>${connected}</td><td>${till.lastSeen ? formatDateTime(lang, till.lastSeen, options) : dash}</td></tr>`;
  });
  return html`<table class="fleet"><thead><tr><th scope="col">${t(lang, 'report.col.till')}</th><th scope="col">${t(lang, 'report.col.role')}</th><th scope="col">${t(lang, 'report.col.clientId')}</th><th scope="col">${t(lang, 'report.col.version')}</th><th scope="col">${t(lang, 'report.col.edition')}</th><th scope="col">${t(lang, 'report.col.connected')}</th><th scope="col">${t(lang, 'console.col.lastSeen')}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}
