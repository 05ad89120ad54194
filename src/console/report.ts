// The static report: Översikt and Historik in one self-contained HTML file (inline CSS and SVG, no
// script, no network) that a shop can mail to support.
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { isFileSystemError, writeErrorText } from '../platform/fileErrorText.js';
import { writeOwnFile } from '../platform/ownFile.js';
import { formatDateTime } from './format.js';
import { html } from './html.js';
import type { FleetView, HistoryView } from './model.js';
import { renderHistory } from './pages/history.js';
import { REPORT_MARKER, renderStaticPage } from './pages/layout.js';
import { renderOverview } from './pages/overview.js';

export interface ReportInput {
  fleet: FleetView;
  history: HistoryView;
  lang: Lang;
  now: string;
  timeZone?: string;
}

export function renderReport(input: ReportInput): string {
  const { lang, now, timeZone } = input;
  const title = t(lang, 'console.report.heading');
  const body = html`<h1>${title}</h1>
<p>${t(lang, 'console.report.made', { time: formatDateTime(lang, now, { timeZone }) })}</p>
<section class="report-part">${renderOverview(input.fleet, lang, { now, timeZone, headingLevel: 2 })}</section>
<section class="report-part">${renderHistory(input.history, lang, { timeZone, headingLevel: 2 })}</section>`;
  return renderStaticPage({ lang, page: null, title, body, now, timeZone });
}

/** Writes a new file or over an earlier report (platform/ownFile); anything else is one line. */
export function writeReport(path: string, input: ReportInput): void {
  let written: boolean;
  try {
    written = writeOwnFile(path, renderReport(input), REPORT_MARKER);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    throw new UserError(t(input.lang, 'console.report.cannotWrite', { path, detail: writeErrorText(error, input.lang) }));
  }
  if (!written) throw new UserError(t(input.lang, 'output.notOurReport', { path }));
}
