// A password for the CLI: one line of standard input, or typed at a terminal prompt that shows nothing
// of it (not even stars, which would tell its length to anyone watching the screen).
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { readInputFile } from './readInput.js';

/** The shell's exit code for a program stopped with Ctrl+C. */
const EXIT_CANCELLED = 130;

/**
 * On a terminal: a prompt without echo. Else, when the user asked for it, the first line of standard
 * input without its line ending (spaces belong to a password). Never empty.
 */
export async function readPassword(fromStdin: boolean, lang: Lang): Promise<string> {
  let password: string;
  if (process.stdin.isTTY) password = await promptHidden(t(lang, 'login.prompt'), t(lang, 'login.cancelled'));
  else if (fromStdin) password = readInputFile('-', lang).split(/\r?\n/, 1)[0] ?? '';
  else throw new UserError(t(lang, 'login.noPassword'));
  if (password === '') throw new UserError(t(lang, 'login.emptyPassword'));
  return password;
}

function promptHidden(prompt: string, cancelled: string): Promise<string> {
  const input = process.stdin;
  // The prompt goes to stderr: stdout carries only the result line.
  const output = process.stderr;
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = (error?: UserError): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(typed.join(''));
    };
    const onData = (chunk: string): void => {
      // A special key (arrows, F-keys) arrives as one escape sequence: nothing of it is a password.
      if (chunk.startsWith('\u001b')) return;
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || (char === '\u0004' && typed.length === 0)) return finish(new UserError(cancelled, EXIT_CANCELLED));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed.push(char);
      }
    };
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
    output.write(prompt);
  });
}
