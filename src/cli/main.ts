// The `kassavakt` command: wires the sub-commands and turns user errors into one clear line.
import { Command, CommanderError } from 'commander';
import { UserError } from '../core/errors.js';
import { registerCheck } from './commands/check.js';
import { registerTray } from './commands/tray.js';
import { registerInspectUpdate } from './commands/inspectUpdate.js';
import { registerPreflight } from './commands/preflight.js';
import { registerDemo } from './commands/demo.js';
import { registerDiscover } from './commands/discover.js';
import { registerHistory } from './commands/history.js';
import { registerDoctor } from './commands/doctor.js';
import { registerFirewallScript } from './commands/firewallScript.js';
import { registerRepair } from './commands/repair.js';
import { registerConsole } from './commands/console.js';
import { registerReport } from './commands/report.js';
import { registerSim } from './commands/sim.js';
import { registerStatus } from './commands/status.js';
import { registerWatch } from './commands/watch.js';

const program = new Command('kassavakt')
  .description('Kassavakt – keeps PC-Kassa tills healthy')
  .exitOverride()
  .showHelpAfterError();

registerCheck(program);
registerInspectUpdate(program);
registerTray(program);
registerDoctor(program);
registerRepair(program);
registerFirewallScript(program);
registerConsole(program);
registerReport(program);
registerPreflight(program);
registerSim(program);
registerStatus(program);
registerDiscover(program);
registerDemo(program);
registerWatch(program);
registerHistory(program);

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
