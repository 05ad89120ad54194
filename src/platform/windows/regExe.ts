// reg.exe, the one way Kassavakt reads and writes the Windows registry (DSN, autostart, restart marks):
// an exact argv through the runCommand seam, output decoded in the code page reg.exe writes (the
// console's, OEM: cp850 on Swedish Windows), outcomes told apart by exit code and by key listings,
// never by reg.exe's translated messages, which are only passed on to be shown.
import iconv from 'iconv-lite';
import { runCommand as defaultRunCommand, type RunCommand } from '../runCommand.js';
import { findRegValue, listsSubkey, parseRegQuery, type RegKeyListing } from './regQueryOutput.js';
import { systemPrograms } from './systemPrograms.js';

/** The registry view: 32-bit (WOW6432Node, where PC-Kassa's DSN lives) or 64-bit. */
export type RegView = '/reg:32' | '/reg:64';

export interface RegResult {
  /** Exit code; null when reg.exe could not be started. */
  code: number | null;
  stdout: string;
  /** On failure, what reg.exe said (stderr, or stdout, where Wine prints its errors) or why it did not start; '' on success. */
  message: string;
}

export type RegKey =
  | { state: 'found'; listing: RegKeyListing }
  /** The key does not exist: its parent can be listed and does not list it. */
  | { state: 'absent' }
  /** It exists but cannot be listed, or nothing tells whether it exists (access denied, reg.exe missing). */
  | { state: 'unreadable'; detail: string };

/** Used when neither chcp nor the registry tells the code page: the OEM code page of Western European Windows. */
const FALLBACK_CODE_PAGE = 850;
const CODE_PAGE_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage';

export class RegExe {
  readonly path: string;
  private readonly chcp: string;
  private codePage: Promise<number> | null = null;

  constructor(
    private readonly run: RunCommand = defaultRunCommand,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    ({ reg: this.path, chcp: this.chcp } = systemPrograms(env));
  }

  /** Runs reg.exe with exactly these arguments. */
  async exec(args: readonly string[]): Promise<RegResult> {
    const result = await this.run(this.path, args);
    if (result.startError) return { code: null, stdout: '', message: result.startError };
    const codePage = await this.outputCodePage();
    const stdout = decodeConsoleOutput(result.stdout, codePage);
    if (result.code === 0) return { code: 0, stdout, message: '' };
    const said = decodeConsoleOutput(result.stderr, codePage).trim() || stdout.trim();
    return { code: result.code, stdout, message: said || `exit ${result.code ?? '?'}` };
  }

  /**
   * Lists a key. reg.exe exits 1 both for a missing key and for one it may not read, with a translated
   * message; the parent's listing tells them apart (walking up until a key can be listed).
   */
  async query(key: string, view?: RegView): Promise<RegKey> {
    const result = await this.exec(view ? ['query', key, view] : ['query', key]);
    if (result.code === 0) return { state: 'found', listing: parseRegQuery(result.stdout, key) };
    const cut = key.lastIndexOf('\\');
    const unreadable = { state: 'unreadable', detail: `reg.exe: ${result.message}` } as const;
    if (result.code === null || cut < 0) return unreadable;
    const parent = await this.query(key.slice(0, cut), view);
    if (parent.state !== 'found') return parent;
    return listsSubkey(parent.listing, key.slice(cut + 1)) ? unreadable : { state: 'absent' };
  }

  /**
   * The code page reg.exe writes in when its output is a pipe: its console's, which `chcp` run the same
   * way reports; a process without a console (Wine with redirected output) has none (chcp says 0), and
   * then the system's OEM code page applies. Asked once per RegExe.
   */
  private outputCodePage(): Promise<number> {
    this.codePage ??= this.askCodePage();
    return this.codePage;
  }

  private async askCodePage(): Promise<number> {
    // Both answers are ASCII digits in any language ("Active code page: 850", "Aktiv teckentabell: 850.").
    const chcp = await this.run(this.chcp, []);
    const active = chcp.code === 0 ? Number(/(\d+)\D*$/.exec(chcp.stdout.toString('latin1'))?.[1] ?? 0) : 0;
    if (active > 0) return active;
    const oem = await this.run(this.path, ['query', CODE_PAGE_KEY, '/v', 'OEMCP']);
    const value = oem.code === 0 ? findRegValue(parseRegQuery(oem.stdout.toString('latin1'), CODE_PAGE_KEY).values, 'OEMCP') : undefined;
    const system = Number(value?.data);
    return Number.isInteger(system) && system > 0 ? system : FALLBACK_CODE_PAGE;
  }
}

/** Console output bytes as text; a code page iconv-lite does not know is read as the fallback. */
export function decodeConsoleOutput(bytes: Buffer, codePage: number): string {
  const encoding = codePage === 65001 ? 'utf8' : `cp${codePage}`;
  return iconv.decode(bytes, iconv.encodingExists(encoding) ? encoding : `cp${FALLBACK_CODE_PAGE}`);
}
