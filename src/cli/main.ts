// The `kassavakt` command: chooses the language before anything is parsed, wires the sub-commands
// (program.ts) and turns user errors into one clear line. Only the sub-command being run is loaded
// (with its drivers), so `check` does not wait for the SQL Server driver; help and unknown commands
// load them all. Everything printed passes visibleOutput.ts.
import { CommanderError } from 'commander';
import { UserError } from '../core/errors.js';
import { chooseLang } from './chosenLang.js';
import { createProgram, registerCommands, requestedCommand } from './program.js';
import { showControlCharactersVisibly } from './visibleOutput.js';

showControlCharactersVisibly(process.stdout);
showControlCharactersVisibly(process.stderr);

const lang = chooseLang(process.argv.slice(2));
const program = createProgram(lang);
await registerCommands(program, lang, requestedCommand(process.argv.slice(2)));

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
