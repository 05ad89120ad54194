// Inställningar: one form, grouped like a store manager thinks about it. Never shows the password,
// only whether one is saved (and when the saved one cannot be opened here).
import { LANGS, t, type Lang } from '../../core/i18n.js';
import { html, type Html } from '../html.js';
import { FIELD_LABELS, type SettingsField, type SettingsValues } from '../settingsForm.js';
import { csrfField } from './connection.js';

export interface SettingsPageState {
  values: SettingsValues;
  /** The server field holds what this DSN of PC-Kassa's leads to (the settings file names none). */
  serverFromDsn?: string;
  passwordSaved: boolean;
  /** The file holds a password this user cannot open here (sealed by another Windows user or PC). */
  passwordUnreadable?: boolean;
  configPath: string;
  csrf: string;
  errors?: Partial<Record<SettingsField, string>>;
  message?: string;
  saved?: boolean;
}

const LANG_NAMES: Record<Lang, string> = { sv: 'Svenska', nb: 'Norsk (bokmål)', en: 'English' };

export function renderSettings(state: SettingsPageState, lang: Lang): Html {
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  const v = state.values;
  const label = (field: SettingsField): string => t(lang, FIELD_LABELS[field]);
  const errorOf = (field: SettingsField): Html =>
    errors[field] ? html`<p class="field-error" id="${field}-error">${errors[field]}</p>` : html``;
  const describedBy = (field: SettingsField, hint?: string): Html => {
    const ids = [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ');
    return html`${ids ? html` aria-describedby="${ids}"` : ''}${errors[field] ? html` aria-invalid="true"` : ''}`;
  };
  /** `note`: said first, under the field (where a prefilled value came from). */
  const textField = (field: SettingsField, value: string, hint?: string, extra?: Html, note?: string): Html =>
    html`<div class="field"><label for="${field}">${label(field)}</label><input type="text" id="${field}" name="${field}" value="${value}"${describedBy(
      field,
      [note ? `${field}-note` : '', hint ? `${field}-hint` : ''].filter(Boolean).join(' '),
    )}${extra ?? ''}>${note ? html`<p class="notice" id="${field}-note">${note}</p>` : ''}${
      hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : ''
    }${errorOf(field)}</div>`;
  const numberField = (field: 'unreachableAfter' | 'reachableAfter'): Html =>
    html`<div class="field"><label for="${field}">${label(field)}</label><input type="number" id="${field}" name="${field}" min="1" max="100" step="1" value="${v[field]}"${describedBy(field)}>${errorOf(field)}</div>`;
  const checkbox = (field: 'notifyEnabled' | 'dailyReminder'): Html =>
    html`<div class="field inline"><label for="${field}"><input type="checkbox" id="${field}" name="${field}"${v[field] ? html` checked` : ''}> ${label(field)}</label></div>`;
  const select = (field: 'auth' | 'lang', choices: [string, string][]): Html =>
    html`<div class="field"><label for="${field}">${label(field)}</label><select id="${field}" name="${field}"${describedBy(field)}>${choices.map(
      ([value, text]) => html`<option value="${value}"${value === v[field] ? html` selected` : ''}>${text}</option>`,
    )}</select>${errorOf(field)}</div>`;
  const passwordState = t(
    lang,
    state.passwordUnreadable ? 'console.settings.passwordUnreadable' : state.passwordSaved ? 'console.settings.passwordSaved' : 'console.settings.passwordNotSet',
  );
  const passwordHelp = state.passwordUnreadable ? 'password-unreadable password-hint' : 'password-hint';

  const banner = state.saved
    ? html`<p class="notice ok" role="status">${t(lang, 'console.settings.saved')}</p>`
    : errorCount > 0 || state.message
      ? html`<div class="notice error" role="alert"><strong>${t(lang, 'console.settings.notSaved')}</strong>${
          state.message ? html` ${state.message}` : ''
        }${errorCount > 0 ? html`<ul>${Object.entries(errors).map(([field, e]) => html`<li><a href="#${field}">${e}</a></li>`)}</ul>` : ''}</div>`
      : '';

  return html`<h1>${t(lang, 'console.settings.heading')}</h1>
${banner}
<form method="post" action="/settings" class="settings" novalidate>
${csrfField(state.csrf)}
<div class="settings-grid">
<div>
<fieldset class="section"><legend>${t(lang, 'console.settings.section.server')}</legend>
${textField(
  'server',
  v.server,
  t(lang, 'console.settings.serverHint'),
  html` spellcheck="false" autocomplete="off"`,
  state.serverFromDsn ? t(lang, 'console.settings.serverFromDsn', { dsn: state.serverFromDsn }) : undefined,
)}
${textField('database', v.database, t(lang, 'console.settings.databaseHint'), html` spellcheck="false" autocomplete="off"`)}
${textField('dsnName', v.dsnName, undefined, html` spellcheck="false" autocomplete="off"`)}
</fieldset>
<fieldset class="section"><legend>${t(lang, 'console.settings.section.login')}</legend>
${select('auth', [
  ['sql', t(lang, 'console.settings.auth.sql')],
  ['ntlm', t(lang, 'console.settings.auth.ntlm')],
])}
${textField('user', v.user, undefined, html` autocomplete="off" spellcheck="false"`)}
<div class="field"><label for="password">${t(lang, 'console.settings.password')}</label><input type="password" id="password" name="password" value="" autocomplete="new-password" aria-describedby="${passwordHelp}">${
  state.passwordUnreadable ? html`<p class="notice error" id="password-unreadable">${t(lang, 'secret.unreadable', { path: state.configPath })}</p>` : ''
}<p class="hint" id="password-hint">${t(lang, 'console.settings.passwordHint', { state: passwordState })}</p>
${state.passwordSaved || state.passwordUnreadable ? html`<label class="inline" for="clearPassword"><input type="checkbox" id="clearPassword" name="clearPassword"> ${t(lang, 'console.settings.clearPassword')}</label>` : ''}</div>
<div id="domain-field">${textField('domain', v.domain, undefined, html` autocomplete="off" spellcheck="false"`)}</div>
</fieldset>
</div>
<div>
<fieldset class="section"><legend>${t(lang, 'console.settings.section.schedule')}</legend>
${textField('pollSchedule', v.pollSchedule, t(lang, 'console.settings.pollScheduleHint'), html` spellcheck="false" autocomplete="off"`)}
</fieldset>
<fieldset class="section"><legend>${t(lang, 'console.settings.section.notifications')}</legend>
${checkbox('notifyEnabled')}
${checkbox('dailyReminder')}
<fieldset class="quiet-hours"><legend>${t(lang, 'console.settings.quietHours')}</legend>
<div class="quiet">
<div class="field"><label for="quietStart">${label('quietStart')}</label><input type="time" id="quietStart" name="quietStart" value="${v.quietStart}"${describedBy('quietStart', 'quiet-hint')}>${errorOf('quietStart')}</div>
<div class="field"><label for="quietEnd">${label('quietEnd')}</label><input type="time" id="quietEnd" name="quietEnd" value="${v.quietEnd}"${describedBy('quietEnd', 'quiet-hint')}>${errorOf('quietEnd')}</div>
</div><p class="hint" id="quiet-hint">${t(lang, 'console.settings.quietHint')}</p></fieldset>
${numberField('unreachableAfter')}
${numberField('reachableAfter')}
</fieldset>
<fieldset class="section"><legend>${t(lang, 'console.settings.section.language')}</legend>
${select('lang', LANGS.map((l) => [l, LANG_NAMES[l]]))}
</fieldset>
</div>
</div>
<div class="actions"><button type="submit" data-busy="${t(lang, 'console.settings.saving')}">${t(lang, 'console.settings.save')}</button>
<p class="hint">${t(lang, 'console.settings.file', { path: state.configPath })}</p></div>
</form>`;
}
