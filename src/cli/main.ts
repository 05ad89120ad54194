// The `kassavakt` command: wires the sub-commands and turns user errors into one clear line. Only the
// sub-command being run is loaded (with its drivers), so `check` does not wait for the SQL Server
// driver; help and unknown commands load them all.
import { Command, CommanderError } from 'commander';
import { UserError } from '../core/errors.js';

type Register = (program: Command) => void;

/** In the order `--help` lists them. */
const COMMANDS: Record<string, () => Promise<Register>> = {
  check: async () => (await import('./commands/check.js')).registerCheck,
  'inspect-update': async () => (await import('./commands/inspectUpdate.js')).registerInspectUpdate,
  tray: async () => (await import('./commands/tray.js')).registerTray,
  doctor: async () => (await import('./commands/doctor.js')).registerDoctor,
  repair: async () => (await import('./commands/repair.js')).registerRepair,
  'firewall-script': async () => (await import('./commands/firewallScript.js')).registerFirewallScript,
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

const program = new Command('kassavakt')
  .description('Kassavakt – keeps PC-Kassa tills healthy')
  .exitOverride()
  .showHelpAfterError();

const requested = process.argv[2];
const names = requested !== undefined && Object.hasOwn(COMMANDS, requested) ? [requested] : Object.keys(COMMANDS);
for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UserError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    throw error;
  }
}
