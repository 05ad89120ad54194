// The console's stylesheet and its one small script, served as files (the CSP allows no inline
// script) and inlined into the static report (which has no script at all).

export const CONSOLE_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c4c4c4; --accent: #0b5394; --error: #a4000f; --warning: #7a4b00; --ok: #1e6b30; --focus: #ffbf47; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.45; color: var(--ink); background: #fff; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
.skip { position: absolute; left: -10000px; top: 0; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 6px 10px; z-index: 2; }
header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; padding: 8px 24px; border-bottom: 2px solid var(--ink); }
header.top .brand { font-weight: 700; font-size: 1.2rem; margin: 0; }
nav.main ul { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
nav.main a { display: inline-block; padding: 6px 12px; border-radius: 4px; text-decoration: none; border: 1px solid transparent; }
nav.main a:hover { border-color: var(--line); }
nav.main a[aria-current="page"] { background: var(--ink); color: #fff; font-weight: 600; }
.langs { margin-left: auto; display: flex; gap: 8px; align-items: center; font-size: 0.9rem; }
.langs a[aria-current="true"] { font-weight: 700; color: var(--ink); text-decoration: none; }
main { max-width: 1180px; margin: 0 auto; padding: 12px 24px 32px; }
h1 { font-size: 1.5rem; margin: 8px 0 12px; }
h2 { font-size: 1.2rem; margin: 24px 0 8px; }
.status { border: 2px solid; border-left-width: 8px; padding: 8px 12px; margin: 8px 0 16px; }
.status.ok { border-color: var(--ok); }
.status.problem { border-color: var(--error); }
.status.never { border-color: var(--muted); border-style: dashed; }
.status::before { font-weight: 700; margin-right: 6px; }
.status.ok::before { content: "✓"; color: var(--ok); }
.status.problem::before { content: "✕"; color: var(--error); }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
tbody tr:nth-child(even) { background: #f6f6f6; }
td.num { font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 0 6px; border: 1.5px solid; border-radius: 3px; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.03em; white-space: nowrap; }
.badge.error { color: var(--error); }
.badge.warning { color: var(--warning); border-style: dashed; }
.badge.info, .badge.skipped { color: var(--muted); border-style: dotted; }
.badge.ok { color: var(--ok); }
.badge.failed { color: var(--error); }
ul.findings { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
ul.findings li { border: 1px solid var(--line); border-left: 6px solid var(--ink); padding: 8px 12px; }
ul.findings li.error { border-left-color: var(--error); }
ul.findings li.warning { border-left-color: var(--warning); border-left-style: dashed; }
.finding-message { margin: 2px 0; font-weight: 600; }
.finding-advice { margin: 2px 0; }
.finding-since { margin: 2px 0; color: var(--muted); font-size: 0.85rem; }
.all-good { border: 2px solid var(--ok); padding: 8px 12px; }
section.main-till { border: 1px solid var(--line); padding: 4px 16px 12px; margin-top: 16px; }
section.main-till > h2, section.main-till > h3 { margin-top: 12px; }
ul.main-till-facts { list-style: none; padding: 0; margin: 8px 0; display: grid; gap: 2px; }
svg.gauge { display: block; margin-top: 4px; }
svg.gauge .gauge-track { fill: #f0f0f0; stroke: var(--line); }
svg.gauge .gauge-fill.ok { fill: var(--ok); }
svg.gauge .gauge-fill.warning { fill: var(--warning); }
svg.gauge .gauge-fill.error { fill: var(--error); }
svg.gauge .gauge-mark { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 3 2; }
figure.size-chart { margin: 8px 0 0; }
figure.size-chart svg { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); }
figure.size-chart .size-line { fill: none; stroke: var(--accent); stroke-width: 2; }
figure.size-chart .axis { stroke: var(--muted); }
figure.size-chart .limit { stroke: var(--error); stroke-width: 1.5; stroke-dasharray: 6 3; }
figure.size-chart .tick-label { font: 12px system-ui, "Segoe UI", Arial, sans-serif; fill: var(--muted); }
figure.timeline { margin: 0; }
.timeline-chart { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); }
.timeline-chart .row-label { font: 600 13px system-ui, "Segoe UI", Arial, sans-serif; }
.timeline-chart .bar-label, .timeline-chart .tick-label { font: 12px system-ui, "Segoe UI", Arial, sans-serif; }
figcaption { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; margin-top: 6px; font-size: 0.9rem; }
.legend-title { font-weight: 600; }
ul.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; list-style: none; margin: 0; padding: 0; }
ul.legend li { display: flex; align-items: center; gap: 6px; }
details.timeline-table { margin-top: 8px; }
summary { cursor: pointer; color: var(--accent); }
form.filter { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin: 0 0 12px; padding: 8px 12px; border: 1px solid var(--line); }
form.filter fieldset { border: 0; padding: 0; margin: 0; display: contents; }
label { font-weight: 600; display: block; }
.field { margin: 0 0 14px; }
.field label { margin-bottom: 3px; }
.field.inline label, label.inline { display: flex; gap: 8px; align-items: center; font-weight: normal; }
input[type="text"], input[type="password"], input[type="number"], input[type="date"], input[type="time"], select { font: inherit; padding: 5px 8px; border: 1.5px solid var(--muted); border-radius: 3px; min-height: 2.2rem; }
input[type="text"], input[type="password"] { width: min(100%, 30rem); }
input[type="number"] { width: 6rem; }
input[type="checkbox"] { width: 1.1rem; height: 1.1rem; }
.hint { color: var(--muted); font-size: 0.88rem; margin: 2px 0 0; }
.field-error { color: var(--error); font-weight: 600; margin: 2px 0 0; }
.field-error::before { content: "✕ "; }
input[aria-invalid="true"] { border: 2px solid var(--error); }
fieldset.section { border: 1px solid var(--line); padding: 8px 16px 4px; margin: 0 0 16px; }
fieldset.section legend { font-weight: 700; padding: 0 6px; }
.settings-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 0 16px; }
.quiet { display: flex; gap: 16px; }
fieldset.quiet-hours { border: 0; padding: 0; margin: 0 0 8px; }
fieldset.quiet-hours legend { font-weight: 600; padding: 0; }
button { font: inherit; padding: 7px 16px; border: 2px solid var(--ink); border-radius: 4px; background: var(--ink); color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: var(--ink); }
button:hover { filter: brightness(1.15); }
button[disabled] { opacity: 0.6; cursor: progress; }
.notice { padding: 8px 12px; margin: 8px 0 16px; border: 2px solid; }
.notice.ok { border-color: var(--ok); }
.notice.ok::before { content: "✓ "; font-weight: 700; }
.notice.error { border-color: var(--error); }
.notice.error::before { content: "✕ "; font-weight: 700; }
.actions { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 12px 0; }
ol.probes { padding-left: 1.4rem; }
ol.probes li { margin: 0 0 10px; }
.probe-name { font-weight: 600; margin-right: 6px; }
.probe-detail, .probe-fix { margin: 2px 0; }
.uptime-bar { vertical-align: middle; margin-right: 6px; }
footer { max-width: 1180px; margin: 0 auto; padding: 8px 24px 24px; color: var(--muted); font-size: 0.85rem; }
.empty { color: var(--muted); }
@media print {
  nav.main, .langs, .actions, form, .skip { display: none !important; }
  details.timeline-table { display: block; }
  a { color: inherit; text-decoration: none; }
}
`;

export const CONSOLE_JS = `// Kassavakt console: small conveniences for the forms; every page also works without this file.
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  if (!button || !button.dataset.busy) return;
  // Disabled after the browser has collected the form, so the button's own value is still sent.
  setTimeout(function () { button.disabled = true; button.textContent = button.dataset.busy; }, 0);
});
var clearPassword = document.getElementById('clearPassword');
var password = document.getElementById('password');
if (clearPassword && password) {
  var syncPassword = function () { password.disabled = clearPassword.checked; if (clearPassword.checked) password.value = ''; };
  clearPassword.addEventListener('change', syncPassword);
  syncPassword();
}
var auth = document.getElementById('auth');
var domainField = document.getElementById('domain-field');
if (auth && domainField) {
  var syncDomain = function () { domainField.hidden = auth.value !== 'ntlm'; };
  auth.addEventListener('change', syncDomain);
  syncDomain();
}
`;
