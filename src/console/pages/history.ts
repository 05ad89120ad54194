// Historik: the events, filterable by till and period, and how often the main till answered per day.
import { t, type Lang } from '../../core/i18n.js';
import { formatDate, formatDateTime, formatPercent, type FormatOptions } from '../format.js';
import { heading, html, type Html } from '../html.js';
import type { HistoryFilter, HistoryView } from '../model.js';

export interface HistoryOptions extends FormatOptions {
  /** Absent in the static report, which has no filter form. */
  filter?: HistoryFilter;
  /** Filter values that could not be read, already worded. */
  problems?: string[];
  headingLevel?: 1 | 2;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Reads ?till=&from=&to=; a date that does not read is dropped and reported, never guessed. */
export function parseHistoryFilter(query: URLSearchParams, lang: Lang): { filter: HistoryFilter; problems: string[] } {
  const filter: HistoryFilter = {};
  const problems: string[] = [];
  const till = query.get('till')?.trim();
  if (till) filter.till = till;
  for (const field of ['from', 'to'] as const) {
    const value = query.get(field)?.trim();
    if (!value) continue;
    if (DAY_PATTERN.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) filter[field] = value;
    else problems.push(t(lang, 'console.history.badDate', { field: t(lang, `console.history.${field}`), value }));
  }
  return { filter, problems };
}

export function renderHistory(view: HistoryView, lang: Lang, options: HistoryOptions): Html {
  const top = options.headingLevel ?? 1;
  const sub = top === 2 ? 3 : 2;
  return html`${heading(top, t(lang, 'console.nav.history'), 'history-title')}
${options.filter ? renderFilterForm(view, options.filter, lang) : ''}
${(options.problems ?? []).map((p) => html`<p class="notice error" role="alert">${p}</p>`)}
<section aria-labelledby="events-title">${heading(sub, t(lang, 'console.history.heading'), 'events-title')}
${renderEvents(view, lang, options)}</section>
<section aria-labelledby="uptime-title">${heading(sub, t(lang, 'console.uptime.heading'), 'uptime-title')}
${renderUptime(view, lang)}</section>`;
}

function renderFilterForm(view: HistoryView, filter: HistoryFilter, lang: Lang): Html {
  const options = [
    html`<option value="">${t(lang, 'console.history.allTills')}</option>`,
    ...view.tills.map((name) => html`<option value="${name}"${name === filter.till ? html` selected` : ''}>${name}</option>`),
  ];
  return html`<form class="filter" method="get" action="/history" aria-label="${t(lang, 'console.history.filter')}">
<div><label for="f-till">${t(lang, 'report.col.till')}</label><select id="f-till" name="till">${options}</select></div>
<div><label for="f-from">${t(lang, 'console.history.from')}</label><input id="f-from" type="date" name="from" value="${filter.from ?? ''}"></div>
<div><label for="f-to">${t(lang, 'console.history.to')}</label><input id="f-to" type="date" name="to" value="${filter.to ?? ''}"></div>
<div><button type="submit">${t(lang, 'console.history.apply')}</button></div>
</form>`;
}

function renderEvents(view: HistoryView, lang: Lang, options: FormatOptions): Html {
  if (view.events.length === 0) return html`<p class="empty">${t(lang, 'console.history.empty')}</p>`;
  const rows = view.events.map(
    (event) =>
      html`<tr><td>${formatDateTime(lang, event.at, options)}</td><td>${event.till ?? '–'}</td><td><span class="badge ${event.severity}">${t(lang, `severity.${event.severity}`)}</span></td><td>${event.text}</td></tr>`,
  );
  return html`<table class="events"><thead><tr><th scope="col">${t(lang, 'console.col.time')}</th><th scope="col">${t(lang, 'report.col.till')}</th><th scope="col">${t(lang, 'console.col.kind')}</th><th scope="col">${t(lang, 'console.col.event')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function renderUptime(view: HistoryView, lang: Lang): Html {
  if (view.uptime.length === 0) return html`<p class="empty">${t(lang, 'console.uptime.empty')}</p>`;
  const rows = view.uptime.map((day) => {
    const share =
      day.share === null
        ? html`<td>${t(lang, 'console.uptime.noPolls')}</td>`
        : html`<td class="num"><svg class="uptime-bar" width="160" height="14" viewBox="0 0 160 14" aria-hidden="true"><rect x="0.5" y="0.5" width="159" height="13" fill="#fff" stroke="#000"/><rect x="0.5" y="0.5" width="${(day.share * 159).toFixed(1)}" height="13" fill="#1e6b30"/></svg> ${formatPercent(lang, day.share)}</td>`;
    return html`<tr><td>${formatDate(lang, `${day.day}T12:00:00Z`, { timeZone: 'UTC' })}</td>${share}<td class="num">${day.polls}</td></tr>`;
  });
  return html`<table class="uptime"><thead><tr><th scope="col">${t(lang, 'console.uptime.day')}</th><th scope="col">${t(lang, 'console.uptime.share')}</th><th scope="col">${t(lang, 'console.uptime.polls')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}
