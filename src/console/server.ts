// The console's HTTP server: node:http on 127.0.0.1 and a random port, every request through the
// guard (Host, key, same origin + CSRF for changes), then a small table of routes.
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../core/config.js';
import { defaultConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { DEFAULT_LANG, isLang, t, type Lang } from '../core/i18n.js';
import { loadConfig, saveConfig, saveConfigKeepingPassword } from '../platform/configFile.js';
import { CONSOLE_CSS, CONSOLE_JS } from './assets.js';
import { html, type Html } from './html.js';
import type { ActionOutcome, ConsoleSource } from './model.js';
import { renderConnection } from './pages/connection.js';
import { parseHistoryFilter, renderHistory } from './pages/history.js';
import { renderLivePage, type PageId } from './pages/layout.js';
import { renderOverview } from './pages/overview.js';
import { renderSettings, type SettingsPageState } from './pages/settings.js';
import { sameSecret } from '../platform/sameSecret.js';
import { createGuard, hostAllowed, issueKey, readCookie, sameOrigin, SECURITY_HEADERS, sessionCookie, spendKey, type Guard } from './security.js';
import { initialSettings, readSettingsForm, settingsValues, type SettingsValues } from './settingsForm.js';

// Through require, not an ESM import: Node 22's ESM view of node:http reads every export, and its
// lazy `WebSocket` loads undici, which needs WebAssembly, which the tray's lite mode switches off
// (the Windows build runs Node 22). require() leaves the lazy exports alone.
const { createServer } = createRequire(import.meta.url)('node:http') as typeof import('node:http');

export interface ConsoleOptions {
  source: ConsoleSource;
  configFile: string;
  /** After the settings page saved (to reschedule polling, switch the tray's language, …). */
  onConfigSaved?: (config: Config) => void;
  /** 0 or absent: a random free port. */
  port?: number;
  /** IANA zone for times on the pages; absent = this computer's. */
  timeZone?: string;
  /** The language from the command line; else the settings file's. A `?lang=` choice wins over both. */
  lang?: Lang;
  /** The clock (tests pin it); default the computer's. */
  clock?: () => Date;
  /** Where unexpected failures are reported (never with the key); default stderr. */
  log?: (line: string) => void;
}

export interface ConsoleHandle {
  /** The address with a one-time key, to open in a browser: http://127.0.0.1:PORT/?token=… */
  url: string;
  port: number;
  /** Another address with a new one-time key (each key lets one browser in, once), for `path`. */
  newUrl(path?: string): string;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

interface Reply {
  status: number;
  body?: string;
  type?: string;
  headers?: Record<string, string | string[]>;
}

interface Context {
  url: URL;
  lang: Lang;
  form: URLSearchParams;
}

type Route = (ctx: Context) => Promise<Reply>;

export async function startConsole(options: ConsoleOptions): Promise<ConsoleHandle> {
  let guard: Guard | undefined;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let lastOutcome: ActionOutcome | undefined;

  const now = (): string => (options.clock ?? (() => new Date()))().toISOString();
  const fmt = { timeZone: options.timeZone };
  const readConfig = (lang: Lang): { config: Config; passwordUnreadable?: boolean; problem?: string } => {
    try {
      const { config, passwordUnreadable } = loadConfig(options.configFile, lang);
      return { config, passwordUnreadable };
    } catch (error) {
      if (error instanceof UserError) return { config: defaultConfig(), problem: error.message };
      throw error;
    }
  };
  const page = (lang: Lang, id: PageId, title: string, body: Html, status = 200): Reply => ({
    status,
    type: 'text/html; charset=utf-8',
    body: renderLivePage({ lang, page: id, title, body, now: now(), ...fmt }),
  });
  const redirect = (location: string, headers: Record<string, string | string[]> = {}): Reply => ({
    status: 303,
    headers: { Location: location, ...headers },
  });

  const routes: Record<string, Route> = {
    'GET /assets/console.css': async () => ({ status: 200, type: 'text/css; charset=utf-8', body: CONSOLE_CSS }),
    'GET /assets/console.js': async () => ({ status: 200, type: 'text/javascript; charset=utf-8', body: CONSOLE_JS }),
    'GET /': async ({ lang }) => {
      const view = await options.source.fleet(lang);
      return page(lang, 'overview', t(lang, 'console.nav.overview'), renderOverview(view, lang, { now: now(), ...fmt }));
    },
    'GET /history': async ({ lang, url }) => {
      const { filter, problems } = parseHistoryFilter(url.searchParams, lang);
      const view = await options.source.history(filter, lang);
      return page(lang, 'history', t(lang, 'console.nav.history'), renderHistory(view, lang, { filter, problems, ...fmt }));
    },
    'GET /connection': async ({ lang }) => {
      const view = await options.source.connection(lang);
      const outcome = lastOutcome;
      lastOutcome = undefined;
      return page(lang, 'connection', t(lang, 'console.nav.connection'), renderConnection(view, lang, { csrf: guard!.csrf, outcome, ...fmt }));
    },
    'POST /connection/check': async ({ lang }) => {
      await options.source.checkConnection(lang);
      return redirect('/connection');
    },
    'POST /connection/repair': async ({ lang }) => {
      lastOutcome = await options.source.repair(lang);
      return redirect('/connection');
    },
    'GET /settings': async ({ lang, url }) => {
      const { config, passwordUnreadable, problem } = readConfig(lang);
      const dsnServer = problem === undefined && config.server === undefined ? await options.source.dsnServer(config.dsnName) : null;
      const { values, serverFromDsn } = initialSettings(config, dsnServer);
      const body = renderSettings(
        {
          values,
          ...(serverFromDsn ? { serverFromDsn: config.dsnName } : {}),
          passwordSaved: Boolean(config.password),
          passwordUnreadable,
          configPath: options.configFile,
          csrf: guard!.csrf,
          saved: url.searchParams.get('saved') === '1',
          message: problem,
        },
        lang,
      );
      return page(lang, 'settings', t(lang, 'console.nav.settings'), body);
    },
    'POST /settings': async ({ lang, form }) => {
      const { config: current, passwordUnreadable } = readConfig(lang);
      /** The form again, with what it has typed and why nothing was saved. */
      const notSaved = (values: SettingsValues, why: Pick<SettingsPageState, 'errors' | 'message'>, status: number): Reply => {
        const body = renderSettings(
          { values, passwordSaved: Boolean(current.password), passwordUnreadable, configPath: options.configFile, csrf: guard!.csrf, ...why },
          lang,
        );
        return page(lang, 'settings', t(lang, 'console.nav.settings'), body, status);
      };
      const result = readSettingsForm(form, current, lang, passwordUnreadable);
      if (!result.ok) return notSaved(result.values, { errors: result.errors, message: result.message }, 400);
      try {
        if (result.keepStoredPassword) saveConfigKeepingPassword(options.configFile, result.config, lang);
        else saveConfig(options.configFile, result.config, { lang });
      } catch (error) {
        // The file or its folder cannot be written, or the password not sealed: one line that says why, in the page's language.
        if (!(error instanceof UserError)) throw error;
        return notSaved(settingsValues(result.config), { message: error.message }, 500);
      }
      options.onConfigSaved?.(result.config);
      // The saved language now rules; forget a ?lang= choice made earlier.
      return redirect('/settings?saved=1', { 'Set-Cookie': `${guard!.cookieName}_lang=; Max-Age=0; SameSite=Strict; Path=/` });
    },
  };

  const refusal = (lang: Lang, status: 401 | 403 | 404 | 405 | 413 | 500, why?: string): Reply => {
    const [title, text] =
      status === 401 || why !== undefined
        ? [t(lang, 'console.denied.title'), why ?? t(lang, 'console.denied.text')]
        : status === 404
          ? [t(lang, 'console.notFound'), t(lang, 'console.notFound')]
          : status === 500
            ? [t(lang, 'console.failed'), t(lang, 'console.failed')]
            : [t(lang, 'console.forbidden'), t(lang, 'console.forbidden')];
    const body = html`<h1>${title}</h1><p>${text}</p>`;
    return { status, type: 'text/html; charset=utf-8', body: renderLivePage({ lang, page: null, title, body, now: now(), ...fmt }) };
  };

  const handle = async (req: IncomingMessage): Promise<Reply> => {
    const g = guard!;
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${g.port}`);
    const queryLang = url.searchParams.get('lang');
    const cookieLang = readCookie(req.headers.cookie, `${g.cookieName}_lang`);
    const lang: Lang = isLang(queryLang) ? queryLang : isLang(cookieLang) ? cookieLang : configuredLang();
    if (!hostAllowed(g, req.headers.host)) return { status: 403, type: 'text/plain; charset=utf-8', body: t(lang, 'console.forbidden') };

    const signedIn = sameSecret(readCookie(req.headers.cookie, g.cookieName), g.session);
    const token = url.searchParams.get('token');
    if (token !== null) {
      if (req.method !== 'GET') return refusal(lang, 403);
      url.searchParams.delete('token');
      const location = `${url.pathname}${url.search}`;
      // A browser that is already in keeps its session; a key lets one browser in, once.
      if (signedIn) return redirect(location);
      if (!spendKey(g, token)) return refusal(lang, 403, t(lang, 'console.keySpent'));
      return redirect(location, { 'Set-Cookie': sessionCookie(g) });
    }
    if (!signedIn) return refusal(lang, 401);

    let form = new URLSearchParams();
    if (req.method === 'POST') {
      if (!sameOrigin(g, req.headers.origin, req.headers.referer)) return refusal(lang, 403);
      const body = await readBody(req);
      if (body === null) return refusal(lang, 413);
      form = new URLSearchParams(body);
      const csrf = form.get('csrf') ?? headerValue(req.headers['x-csrf-token']);
      if (!sameSecret(csrf, g.csrf)) return refusal(lang, 403);
    } else if (req.method !== 'GET') {
      return refusal(lang, 405);
    }

    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) return refusal(lang, 404);
    const reply = await route({ url, lang, form });
    if (isLang(queryLang) && reply.status < 400) {
      const langCookie = `${g.cookieName}_lang=${queryLang}; SameSite=Strict; Path=/`;
      reply.headers = { ...reply.headers, 'Set-Cookie': langCookie };
    }
    return reply;
  };

  const configuredLang = (): Lang => options.lang ?? readConfig(DEFAULT_LANG).config.lang;

  const server = createServer((req, res) => {
    handle(req)
      .catch((error: unknown) => {
        log(`kassavakt console: ${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}: ${error instanceof Error ? error.message : String(error)}`);
        return refusal(DEFAULT_LANG, 500);
      })
      .then((reply) => send(res, reply));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const g = createGuard(port);
  guard = g;
  const newUrl = (path = '/') => `http://127.0.0.1:${port}${path}?token=${issueKey(g)}`;
  return {
    url: newUrl(),
    port,
    newUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, reply: Reply): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.type) res.setHeader('Content-Type', reply.type);
  res.statusCode = reply.status;
  res.end(reply.body ?? '');
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The form body, or null when it is larger than any settings form can be. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        // Answer at once and let the rest of the upload drain unread.
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
