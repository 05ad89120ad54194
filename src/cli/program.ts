// The `kassavakt` program in the chosen language: commander with its help (localizedHelp.ts) and its
// own errors (one line each, with where to look) from the catalog, and the sub-commands, each loaded
// only when it is the one being run.
import { Command, type Option } from 'commander';
import { t, type Lang } from '../core/i18n.js';
import { LocalizedHelp, localizedSyntax } from './localizedHelp.js';
import { langOption } from './options.js';

/** A sub-command file's entry: declares the command, its texts looked up in `lang`. */
export type Register = (program: Command, lang: Lang) => void;

/** In the order `--help` lists them. */
export const COMMANDS: Record<string, () => Promise<Register>> = {
  check: async () => (await import('./commands/check.js')).registerCheck,
  'inspect-update': async () => (await import('./commands/inspectUpdate.js')).registerInspectUpdate,
  tray: async () => (await import('./commands/tray.js')).registerTray,
  doctor: async () => (await import('./commands/doctor.js')).registerDoctor,
  repair: async () => (await import('./commands/repair.js')).registerRepair,
  'firewall-script': async () => (await import('./commands/firewallScript.js')).registerFirewallScript,
  'login-script': async () => (await import('./commands/loginScript.js')).registerLoginScript,
  login: async () => (await import('./commands/login.js')).registerLogin,
  console: async () => (await import('./commands/console.js')).registerConsole,
  report: async () => (await import('./commands/report.js')).registerReport,
  preflight: async () => (await import('./commands/preflight.js')).registerPreflight,
  sim: async () => (await import('./commands/sim.js')).registerSim,
  status: async () => (await import('./commands/status.js')).registerStatus,
  discover: async () => (await import('./commands/discover.js')).registerDiscover,
  demo: async () => (await import('./commands/demo.js')).registerDemo,
  watch: async () => (await import('./commands/watch.js')).registerWatch,
  history: async () => (await import('./commands/history.js')).registerHistory,
};

/**
 * Commander's errors come from the methods below (internal to commander, stable across 14.x;
 * test/integration/cli-language.test.ts sees each of them): the same checks, our words.
 */
class LocalizedCommand extends Command {
  constructor(
    private readonly lang: Lang,
    name?: string,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalizedCommand(this.lang, name);
  }

  override createHelp(): LocalizedHelp {
    return Object.assign(new LocalizedHelp(this.lang), this.configureHelp());
  }

  /** "kassavakt check", as the user types it. */
  private path(): string {
    const names: string[] = [];
    for (let cmd: Command | null = this; cmd; cmd = cmd.parent) names.unshift(cmd.name());
    return names.join(' ');
  }

  private fail(text: string, code: string): never {
    this.error(text, { code, exitCode: 2 });
  }

  unknownCommand(): never {
    this.fail(t(this.lang, 'cli.error.unknownCommand', { name: this.args[0] ?? '', command: this.path() }), 'commander.unknownCommand');
  }

  /** Commander's own switches for the two checks it makes inside the methods below. */
  private allows(what: '_allowUnknownOption' | '_allowExcessArguments'): boolean {
    return (this as unknown as Record<typeof what, boolean | undefined>)[what] === true;
  }

  unknownOption(flag: string): void {
    if (this.allows('_allowUnknownOption')) return;
    this.fail(t(this.lang, 'cli.error.unknownOption', { option: flag, command: this.path() }), 'commander.unknownOption');
  }

  missingArgument(name: string): never {
    this.fail(t(this.lang, 'cli.error.missing', { what: localizedSyntax(this.lang, `<${name}>`), command: this.path() }), 'commander.missingArgument');
  }

  missingMandatoryOptionValue(option: Option): never {
    this.fail(t(this.lang, 'cli.error.missing', { what: localizedSyntax(this.lang, option.flags), command: this.path() }), 'commander.missingMandatoryOptionValue');
  }

  optionMissingArgument(option: Option): never {
    this.fail(t(this.lang, 'cli.error.optionNeedsValue', { option: option.long ?? option.flags, command: this.path() }), 'commander.optionMissingArgument');
  }

  _excessArguments(received: string[]): void {
    if (this.allows('_allowExcessArguments')) return;
    const extra = received.slice(this.registeredArguments.length).join(' ');
    this.fail(t(this.lang, 'cli.error.tooManyArguments', { extra, command: this.path() }), 'commander.excessArguments');
  }
}

/**
 * The program with the help option and help command in `lang`; sub-commands are added by `register`.
 * `--lang` may also come before the command (`kassavakt --lang en check …`): options before the
 * command belong to the program, and the command gets its `--lang` unless it has one of its own.
 */
export function createProgram(lang: Lang): Command {
  const program = new LocalizedCommand(lang, 'kassavakt')
    .description(t(lang, 'cli.description'))
    .helpOption('-h, --help', t(lang, 'cli.help.helpOption'))
    .helpCommand('help [command]', t(lang, 'cli.help.helpCommand'))
    .addOption(langOption(lang))
    .enablePositionalOptions()
    .exitOverride();
  program.hook('preAction', (_program, command) => {
    const given: unknown = program.getOptionValue('lang');
    if (given !== undefined && command.getOptionValue('lang') === undefined) command.setOptionValue('lang', given);
  });
  return program;
}

/** The sub-command `args` (argv without node and the script) name, after a `--lang` for the program. */
export function requestedCommand(args: readonly string[]): string | undefined {
  let i = 0;
  while (args[i] === '--lang' || args[i]?.startsWith('--lang=')) i += args[i] === '--lang' ? 2 : 1;
  return args[i];
}

/** Adds the named sub-commands (all for help or an unknown name), loading only their chunks. */
export async function registerCommands(program: Command, lang: Lang, requested: string | undefined): Promise<void> {
  const names = requested !== undefined && Object.hasOwn(COMMANDS, requested) ? [requested] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program, lang);
}
