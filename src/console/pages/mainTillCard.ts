// The "Huvudkassan" card of the overview page and the report: the database's size as a gauge against
// the edition's limit, the latest backup, free disk, since when SQL Server runs, and the database's
// size over time; plus the health findings the page lists with the fleet's.
import type { HealthSettings } from '../../core/config.js';
import type { Finding } from '../../core/findings.js';
import { assessMainTill, healthUnknown } from '../../core/healthFindings.js';
import { t, type Lang } from '../../core/i18n.js';
import { dataLimitMB, mainTillFigures } from '../../core/mainTill.js';
import { mainTillLines } from '../../core/mainTillText.js';
import { formatGB, formatPercent } from '../../core/numberText.js';
import type { PollSuccess } from '../../core/poll.js';
import { DEFAULT_LOGIN } from '../../core/pollAssessment.js';
import { currentGrowth, sampleDataMB, type SizeSample } from '../../core/sizeGrowth.js';
import { formatDate, type FormatOptions } from '../format.js';
import { heading, html, trusted, type Html } from '../html.js';
import type { MainTillView } from '../model.js';

/** The card's data from a good poll (and the history's size samples, oldest first). */
export function mainTillViewOf(poll: PollSuccess, settings: HealthSettings, sizes: SizeSample[] = []): MainTillView | undefined {
  if (poll.mainTill === undefined) return undefined;
  const { readAt: _readAt, unreadable, ...health } = poll.mainTill;
  const sessions = poll.sessionsError !== undefined ? [{ piece: 'sessions' as const, detail: poll.sessionsError }] : [];
  return { health, at: poll.at, settings, unreadable: [...sessions, ...unreadable], login: poll.server.login ?? DEFAULT_LOGIN, sizes };
}

/** The health findings, as assessPoll gives them for the same poll. */
export function mainTillFindings(view: MainTillView, lang: Lang): Finding[] {
  const unknown = healthUnknown(view.unreadable, view.login, lang);
  return [...assessMainTill(view.health, { at: view.at, settings: view.settings, lang, growth: () => currentGrowth(view.sizes) }), ...(unknown ? [unknown] : [])];
}

export function renderMainTillCard(view: MainTillView, lang: Lang, level: 2 | 3, options: FormatOptions): Html {
  const lines = mainTillLines(view.health, view.at, lang);
  return html`<section class="main-till" aria-labelledby="main-till-title">${heading(level, t(lang, 'health.block.title'), 'main-till-title')}
${sizeGauge(view, lang)}
<ul class="main-till-facts">${lines.map((line) => html`<li>${line}</li>`)}</ul>
${sizeChart(view.sizes, dataLimitMB(view.health), lang, options)}</section>`;
}

const GAUGE_WIDTH = 320;
const GAUGE_HEIGHT = 18;

/** The used data against the edition's limit, with the warning and error marks; nothing without a limit. */
function sizeGauge(view: MainTillView, lang: Lang): Html {
  const limit = dataLimitMB(view.health);
  const dataMB = mainTillFigures(view.health, view.at).usedDataMB;
  if (limit === null || dataMB === null) return html``;
  const share = Math.min(1, dataMB / limit);
  const level = share * 100 >= view.settings.sizeErrorPercent ? 'error' : share * 100 >= view.settings.sizeWarningPercent ? 'warning' : 'ok';
  const x = (percent: number) => ((percent / 100) * GAUGE_WIDTH).toFixed(1);
  const label = t(lang, 'health.block.sizeOfLimit', { size: formatGB(lang, dataMB), limit: formatGB(lang, limit), share: formatPercent(lang, dataMB / limit) });
  return html`<svg class="gauge" viewBox="0 0 ${GAUGE_WIDTH} ${GAUGE_HEIGHT}" width="${GAUGE_WIDTH}" height="${GAUGE_HEIGHT}" role="img" aria-label="${label}">
<rect class="gauge-track" x="0" y="0" width="${GAUGE_WIDTH}" height="${GAUGE_HEIGHT}"/>
<rect class="gauge-fill ${level}" x="0" y="0" width="${(share * GAUGE_WIDTH).toFixed(1)}" height="${GAUGE_HEIGHT}"/>
<line class="gauge-mark" x1="${x(view.settings.sizeWarningPercent)}" x2="${x(view.settings.sizeWarningPercent)}" y1="0" y2="${GAUGE_HEIGHT}"/>
<line class="gauge-mark" x1="${x(view.settings.sizeErrorPercent)}" x2="${x(view.settings.sizeErrorPercent)}" y1="0" y2="${GAUGE_HEIGHT}"/>
</svg>`;
}

const CHART_WIDTH = 480;
const CHART_HEIGHT = 120;
const PAD = { left: 48, right: 8, top: 8, bottom: 22 };

/** The used data over time (the files' size in older samples) as a line from zero, up to the edition's limit when it has one. */
function sizeChart(sizes: readonly SizeSample[], limitMB: number | null, lang: Lang, options: FormatOptions): Html {
  if (sizes.length < 2) return html``;
  const times = sizes.map((s) => Date.parse(s.at));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const largest = Math.max(...sizes.map(sampleDataMB));
  const top = Math.max(limitMB ?? 0, largest) * 1.1 || 1;
  const px = (time: number) => PAD.left + ((time - t0) / (t1 - t0 || 1)) * (CHART_WIDTH - PAD.left - PAD.right);
  const py = (mb: number) => CHART_HEIGHT - PAD.bottom - (mb / top) * (CHART_HEIGHT - PAD.top - PAD.bottom);
  const points = sizes.map((s, i) => `${px(times[i]!).toFixed(1)},${py(sampleDataMB(s)).toFixed(1)}`).join(' ');
  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  const caption = t(lang, 'health.card.sizeOverTime', {
    from: formatDate(lang, first.at, options),
    to: formatDate(lang, last.at, options),
    first: formatGB(lang, sampleDataMB(first)),
    last: formatGB(lang, sampleDataMB(last)),
  });
  return html`<figure class="size-chart"><svg viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" role="img" aria-label="${caption}">
<line class="axis" x1="${PAD.left}" x2="${CHART_WIDTH - PAD.right}" y1="${CHART_HEIGHT - PAD.bottom}" y2="${CHART_HEIGHT - PAD.bottom}"/>
<text class="tick-label" x="${PAD.left - 4}" y="${py(top / 1.1) + 4}" text-anchor="end">${formatGB(lang, top / 1.1)} GB</text>
${limitMB === null ? '' : html`<line class="limit" x1="${PAD.left}" x2="${CHART_WIDTH - PAD.right}" y1="${py(limitMB)}" y2="${py(limitMB)}"/>`}
<text class="tick-label" x="${PAD.left}" y="${CHART_HEIGHT - 6}">${formatDate(lang, first.at, options)}</text>
<text class="tick-label" x="${CHART_WIDTH - PAD.right}" y="${CHART_HEIGHT - 6}" text-anchor="end">${formatDate(lang, last.at, options)}</text>
${trusted(`<polyline class="size-line" points="${points}"/>`)}
</svg><figcaption>${caption}</figcaption></figure>`;
}
