// Anslutning: the doctor's latest verdict step by step, with "check now" and the repair button (the
// main button unless the connection works).
import { t, type Lang } from '../../core/i18n.js';
import { formatDateTime, type FormatOptions } from '../format.js';
import { html, type Html } from '../html.js';
import type { ActionOutcome, ConnectionView } from '../model.js';

export interface ConnectionOptions extends FormatOptions {
  csrf: string;
  /** The result of the action the user just took, shown on top. */
  outcome?: ActionOutcome;
}

export function renderConnection(view: ConnectionView | null, lang: Lang, options: ConnectionOptions): Html {
  const outcome = options.outcome
    ? html`<p class="notice ${options.outcome.ok ? 'ok' : 'error'}" role="status">${options.outcome.message}</p>`
    : '';
  return html`<h1>${t(lang, 'console.connection.heading')}</h1>
${outcome}
${view ? renderVerdict(view, lang, options) : html`<p class="status never">${t(lang, 'console.connection.never')}</p>`}
<div class="actions">
<form method="post" action="/connection/check">${csrfField(options.csrf)}<button type="submit" class="secondary" data-busy="${t(lang, 'console.busy')}">${t(lang, 'console.connection.check')}</button></form>
<form method="post" action="/connection/repair">${csrfField(options.csrf)}<button type="submit"${view?.ok ? html` class="secondary"` : ''} data-busy="${t(lang, 'console.busy')}" aria-describedby="repair-hint">${t(lang, 'console.connection.repair')}</button></form>
</div>
<p class="hint" id="repair-hint">${t(lang, 'console.connection.repairHint')}</p>`;
}

export function csrfField(csrf: string): Html {
  return html`<input type="hidden" name="csrf" value="${csrf}">`;
}

function renderVerdict(view: ConnectionView, lang: Lang, options: FormatOptions): Html {
  const probes = view.probes.map(
    (probe) => html`<li class="probe ${probe.state}"><span class="probe-name">${probe.name}</span> <span class="badge ${probe.state}">${t(lang, `console.probe.${probe.state}`)}</span>
<p class="probe-detail">${probe.detail}</p>${probe.fix ? html`<p class="probe-fix"><strong>${t(lang, 'console.probe.fix')}</strong> ${probe.fix}</p>` : ''}</li>`,
  );
  // When it works the doctor's sentence says so, with the address; a problem gets a heading first.
  const headline = view.ok ? html`<strong>${view.summary}</strong>` : html`<strong>${t(lang, 'console.connection.problem')}.</strong> ${view.summary}`;
  return html`<div class="status ${view.ok ? 'ok' : 'problem'}" role="status">${headline}
<br><small>${t(lang, 'console.connection.checkedAt', { time: formatDateTime(lang, view.checkedAt, options) })}</small></div>
<h2>${t(lang, 'console.connection.steps')}</h2>
<ol class="probes">${probes}</ol>`;
}
