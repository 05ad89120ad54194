// The frame around every page: head, main menu, language switch, footer. The live console links its
// stylesheet and script; the static report inlines the stylesheet and has no script.
import { LANGS, t, type Lang } from '../../core/i18n.js';
import { CONSOLE_CSS } from '../assets.js';
import { formatDateTime, type FormatOptions } from '../format.js';
import { html, trusted, type Html } from '../html.js';

export type PageId = 'overview' | 'history' | 'connection' | 'settings';

export const PAGE_PATHS: Record<PageId, string> = {
  overview: '/',
  history: '/history',
  connection: '/connection',
  settings: '/settings',
};

const LANG_NAMES: Record<Lang, string> = { sv: 'Svenska', nb: 'Norsk', en: 'English' };

export interface PageFrame extends FormatOptions {
  lang: Lang;
  /** Null for pages outside the menu (refusals, errors). */
  page: PageId | null;
  title: string;
  body: Html;
  now: string;
}

export function renderLivePage(frame: PageFrame): string {
  const nav = (Object.keys(PAGE_PATHS) as PageId[]).map(
    (id) =>
      html`<li><a href="${PAGE_PATHS[id]}"${frame.page === id ? trusted(' aria-current="page"') : ''}>${t(frame.lang, `console.nav.${id}`)}</a></li>`,
  );
  const here = frame.page ? PAGE_PATHS[frame.page] : '/';
  const langs = LANGS.map(
    (lang) =>
      html`<a href="${here}?lang=${lang}" lang="${lang}" hreflang="${lang}"${lang === frame.lang ? trusted(' aria-current="true"') : ''}>${LANG_NAMES[lang]}</a>`,
  );
  return document(
    frame,
    html`<link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/console.css"><script src="/assets/console.js" defer></script>`,
    html`<header class="top"><p class="brand">Kassavakt</p>
<nav class="main" aria-label="${t(frame.lang, 'console.nav.label')}"><ul>${nav}</ul></nav>
<p class="langs" aria-label="${t(frame.lang, 'console.lang.label')}">${langs}</p></header>`,
  );
}

/** In every static report: `report --out` writes over a file only when it carries this (an earlier report). */
export const REPORT_MARKER = '<meta name="generator" content="Kassavakt report">';

/** One self-contained file: inline CSS, no script, and a CSP that forbids every network request. */
export function renderStaticPage(frame: PageFrame): string {
  return document(
    frame,
    html`${trusted(REPORT_MARKER)}<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><meta name="referrer" content="no-referrer"><style>${trusted(CONSOLE_CSS)}</style>`,
    html`<header class="top"><p class="brand">Kassavakt</p></header>`,
  );
}

function document(frame: PageFrame, head: Html, header: Html): string {
  return html`<!DOCTYPE html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} – Kassavakt</title>
${head}
</head>
<body>
<a class="skip" href="#content">${t(frame.lang, 'console.skip')}</a>
${header}
<main id="content" tabindex="-1">
${frame.body}
</main>
<footer>${t(frame.lang, 'console.footer', { time: formatDateTime(frame.lang, frame.now, frame) })}</footer>
</body>
</html>
`.text;
}
