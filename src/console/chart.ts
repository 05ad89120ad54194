// The version timeline: one row per till, one bar per stretch of time on one version. Pure (data in,
// SVG out). Each version gets a colour AND a pattern AND its text on the bar, so it reads in black
// and white; the legend and a plain table of changes say the same in words.
import { t, type Lang } from '../core/i18n.js';
import { compareRelease, editionLabel, formatVersion, parseVersion, type ParsedVersion } from '../core/version.js';
import { formatDate, formatDateTime, type FormatOptions } from './format.js';
import { html, type Html } from './html.js';
import type { TillTimeline } from './model.js';

export interface ChartOptions extends FormatOptions {
  /** The right edge ("now"). */
  now: string;
  /** Prefix for element ids, unique per page. */
  idPrefix?: string;
}

// Okabe–Ito: tells apart for the common colour-vision deficiencies.
const COLOURS = ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#F0E442', '#0072B2', '#D55E00'];
const UNKNOWN_COLOUR = '#BBBBBB';
const PATTERNS = ['solid', 'stripes', 'dots', 'horizontal', 'crosshatch', 'backslash', 'vertical'] as const;

const WIDTH = 960;
const LABEL_WIDTH = 170;
const RIGHT_PAD = 16;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 20;
const AXIS_HEIGHT = 30;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TICK_STEPS: ({ ms: number } | { months: number })[] = [
  ...[HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY].map((ms) => ({ ms })),
  ...[1, 3, 6, 12, 24, 60].map((months) => ({ months })),
];

interface VersionStyle {
  key: string;
  label: string;
  colour: string;
  pattern: (typeof PATTERNS)[number];
  patternId: string;
}

/** "38,5" for a version that reads, else the raw text; two spellings of one version share a key. */
function versionKey(raw: string | null): { key: string; parsed: ParsedVersion | null } {
  const parsed = raw === null ? null : parseVersion(raw);
  return { key: parsed ? formatVersion(parsed) : '?', parsed };
}

function versionStyles(timelines: readonly TillTimeline[], lang: Lang, prefix: string): Map<string, VersionStyle> {
  const parsedByKey = new Map<string, ParsedVersion | null>();
  for (const line of timelines) for (const span of line.spans) {
    const { key, parsed } = versionKey(span.version);
    parsedByKey.set(key, parsed);
  }
  const ordered = [...parsedByKey.entries()]
    .filter(([key]) => key !== '?')
    .sort(([, a], [, b]) => compareRelease(a!, b!) || a!.edition.localeCompare(b!.edition));
  const styles = new Map<string, VersionStyle>();
  ordered.forEach(([key, parsed], i) => {
    styles.set(key, {
      key,
      label: `${key} (${editionLabel(lang, parsed!.edition)})`,
      colour: COLOURS[i % COLOURS.length]!,
      pattern: PATTERNS[i % PATTERNS.length]!,
      patternId: `${prefix}-v${i}`,
    });
  });
  if (parsedByKey.has('?')) {
    styles.set('?', { key: '?', label: t(lang, 'console.chart.unknown'), colour: UNKNOWN_COLOUR, pattern: 'crosshatch', patternId: `${prefix}-unknown` });
  }
  return styles;
}

function patternDef(style: VersionStyle): Html {
  const ink = html`stroke="#000" stroke-opacity="0.55"`;
  const marks: Record<VersionStyle['pattern'], Html> = {
    solid: html``,
    stripes: html`<path d="M-2,2 l4,-4 M0,10 l10,-10 M8,12 l4,-4" ${ink} stroke-width="2"/>`,
    backslash: html`<path d="M-2,8 l4,4 M0,0 l10,10 M8,-2 l4,4" ${ink} stroke-width="2"/>`,
    dots: html`<circle cx="5" cy="5" r="1.8" fill="#000" fill-opacity="0.55"/>`,
    horizontal: html`<path d="M0,5 h10" ${ink} stroke-width="2"/>`,
    vertical: html`<path d="M5,0 v10" ${ink} stroke-width="2"/>`,
    crosshatch: html`<path d="M0,0 l10,10 M10,0 l-10,10" ${ink} stroke-width="1.2"/>`,
  };
  return html`<pattern id="${style.patternId}" patternUnits="userSpaceOnUse" width="10" height="10"><rect width="10" height="10" fill="${style.colour}"/>${marks[style.pattern]}</pattern>`;
}

/** From the first known version to now; a young history is stretched to an hour so its bars show. */
function timeRange(timelines: readonly TillTimeline[], now: number): { start: number; end: number } {
  const starts = timelines.flatMap((line) => line.spans.map((s) => Date.parse(s.from))).filter(Number.isFinite);
  // Reduced, never spread into a call: a history with 200,000 spans would overflow the stack.
  const start = starts.length ? starts.reduce((first, at) => Math.min(first, at), now) : now - DAY;
  return { start, end: Math.max(now, start + HOUR) };
}

/** Tick marks at round times: whole hours, midnights or the first of a month, at most about seven. */
function ticks(start: number, end: number): { at: number; withTime: boolean }[] {
  const step = TICK_STEPS.find((s) => (end - start) / stepLength(s) <= 7) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const out: { at: number; withTime: boolean }[] = [];
  if ('ms' in step) {
    for (let at = Math.ceil(start / step.ms) * step.ms; at <= end; at += step.ms) out.push({ at, withTime: step.ms < DAY });
    return out;
  }
  const first = new Date(start);
  let month = first.getUTCFullYear() * 12 + first.getUTCMonth() + 1;
  month = Math.ceil(month / step.months) * step.months;
  for (let at = Date.UTC(Math.floor(month / 12), month % 12, 1); at <= end; month += step.months, at = Date.UTC(Math.floor(month / 12), month % 12, 1)) {
    out.push({ at, withTime: false });
  }
  return out;
}

function stepLength(step: (typeof TICK_STEPS)[number]): number {
  return 'ms' in step ? step.ms : step.months * 30 * DAY;
}

/** Approximate width of a label in the chart's 12px font, to decide whether it fits on its bar. */
const textWidth = (text: string): number => text.length * 7 + 8;

export function renderTimelineChart(timelines: readonly TillTimeline[], lang: Lang, options: ChartOptions): Html {
  const prefix = options.idPrefix ?? 'tl';
  if (timelines.length === 0) return html`<p class="empty">${t(lang, 'console.chart.empty')}</p>`;
  const now = Date.parse(options.now);
  const { start, end } = timeRange(timelines, now);
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT_PAD;
  const x = (ms: number): number => LABEL_WIDTH + ((Math.min(Math.max(ms, start), end) - start) / (end - start)) * plotWidth;
  const height = timelines.length * ROW_HEIGHT + AXIS_HEIGHT;
  const styles = versionStyles(timelines, lang, prefix);
  const fmt = (ms: number, withTime: boolean): string =>
    withTime ? formatDateTime(lang, new Date(ms).toISOString(), options) : formatDate(lang, new Date(ms).toISOString(), options);
  const nowText = t(lang, 'console.chart.now');

  const rows = timelines.map((line, row) => {
    const top = row * ROW_HEIGHT;
    const bars = line.spans.map((span) => {
      const style = styles.get(versionKey(span.version).key)!;
      const from = Date.parse(span.from);
      const to = span.to ? Date.parse(span.to) : end;
      const x0 = x(from);
      const width = Math.max(x(to) - x0, 2);
      const text = span.version === null || style.key === '?' ? (span.version ?? '?') : style.key;
      const period = `${formatDateTime(lang, span.from, options)} – ${span.to ? formatDateTime(lang, span.to, options) : nowText}`;
      const barTop = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      return html`<g class="bar" data-version="${style.key}"><title>${line.till}: ${style.label}, ${period}</title><rect x="${x0.toFixed(1)}" y="${barTop}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="url(#${style.patternId})" stroke="#000" stroke-width="1"/>${
        textWidth(text) <= width
          ? html`<text x="${(x0 + 6).toFixed(1)}" y="${barTop + 14}" class="bar-label" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke">${text}</text>`
          : ''
      }</g>`;
    });
    return html`<g class="row" data-till="${line.till}">${row % 2 === 0 ? html`<rect x="0" y="${top}" width="${WIDTH}" height="${ROW_HEIGHT}" fill="#f2f2f2"/>` : ''}<text x="${LABEL_WIDTH - 8}" y="${top + ROW_HEIGHT / 2 + 4}" text-anchor="end" class="row-label" fill="#000">${line.till}</text>${bars}</g>`;
  });

  const axisTop = timelines.length * ROW_HEIGHT;
  const tickMarks = ticks(start, end).map(
    (tick) =>
      html`<g class="tick"><line x1="${x(tick.at).toFixed(1)}" x2="${x(tick.at).toFixed(1)}" y1="0" y2="${axisTop + 4}" stroke="#767676" stroke-width="0.5" stroke-dasharray="2 3"/><text x="${x(tick.at).toFixed(1)}" y="${axisTop + 18}" text-anchor="middle" class="tick-label" fill="#000">${fmt(tick.at, tick.withTime)}</text></g>`,
  );
  const titleId = `${prefix}-title`;
  const legend = [...styles.values()].map(
    (style) =>
      html`<li><svg class="swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true"><rect x="0.5" y="0.5" width="27" height="15" fill="url(#${style.patternId})" stroke="#000"/></svg> ${style.label}</li>`,
  );
  const changes = timelines.flatMap((line) =>
    line.spans.map(
      (span) =>
        html`<tr><td>${line.till}</td><td>${span.version === null ? t(lang, 'console.chart.unknown') : span.version}</td><td>${formatDateTime(lang, span.from, options)}</td><td>${span.to ? formatDateTime(lang, span.to, options) : nowText}</td></tr>`,
    ),
  );

  return html`<figure class="timeline">
<svg class="timeline-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${t(lang, 'console.chart.title')}</title>
<defs>${[...styles.values()].map(patternDef)}</defs>
${tickMarks}
${rows}
<line x1="${LABEL_WIDTH}" x2="${WIDTH - RIGHT_PAD}" y1="${axisTop}" y2="${axisTop}" stroke="#000"/>
</svg>
<figcaption><span class="legend-title">${t(lang, 'console.chart.legend')}</span><ul class="legend">${legend}</ul></figcaption>
</figure>
<details class="timeline-table"><summary>${t(lang, 'console.chart.asTable')}</summary>
<table><thead><tr><th scope="col">${t(lang, 'report.col.till')}</th><th scope="col">${t(lang, 'report.col.version')}</th><th scope="col">${t(lang, 'console.chart.from')}</th><th scope="col">${t(lang, 'console.chart.to')}</th></tr></thead><tbody>${changes}</tbody></table>
</details>`;
}
