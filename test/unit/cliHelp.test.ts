// Every text commander shows comes from the catalog in the chosen language: each command's and
// option's description, the headings, the words in <…> and […], and the help option itself.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/core/i18n.js';
import { catalog } from '../../src/core/messages/index.js';
import { placeholderText } from '../../src/cli/localizedHelp.js';
import { COMMANDS, createProgram, registerCommands } from '../../src/cli/program.js';

async function program(lang: Lang): Promise<Command> {
  const built = createProgram(lang);
  await registerCommands(built, lang, undefined);
  return built;
}

/** Is `text` one of the catalog's command-line texts in `lang` (a `{placeholder}` standing for any value)? */
function fromCatalog(lang: Lang, text: string): boolean {
  return Object.entries(catalog).some(([key, entry]) => {
    if (!key.startsWith('cli.')) return false;
    const pattern = entry[lang].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+');
    return new RegExp(`^${pattern}$`).test(text);
  });
}

/** Descriptions as commander holds them; a default is shown after the text, not part of it. */
function descriptions(cmd: Command): string[] {
  return [
    cmd.description(),
    ...cmd.registeredArguments.map((argument) => argument.description),
    ...cmd.options.map((option) => option.description),
  ];
}

const HEADINGS = { sv: ['Användning:', 'Alternativ:'], nb: ['Bruk:', 'Valg:'], en: ['Usage:', 'Options:'] };

describe('the help in every language', () => {
  it('lists every command', async () => {
    expect((await program('sv')).commands.map((cmd) => cmd.name())).toEqual(Object.keys(COMMANDS));
  });

  it('gives login the connection options of the other commands, as they are, but --password', async () => {
    const root = await program('en');
    const options = (name: string) => root.commands.find((cmd) => cmd.name() === name)!.options.map((option) => [option.flags, option.description]);
    const connection = options('status').filter(([flags]) => !/^--(password|json|lang) /.test(`${flags} `));
    expect(options('login')).toEqual([...connection, ['--password-stdin', expect.any(String)], ['--lang <lang>', expect.any(String)]]);
  });

  it.each(LANGS)('takes every description from the catalog in %s', async (lang) => {
    const root = await program(lang);
    for (const cmd of [root, ...root.commands]) {
      for (const text of descriptions(cmd)) expect(fromCatalog(lang, text), `${cmd.name()}: ${text}`).toBe(true);
    }
    expect(fromCatalog(lang, 'print JSON and more')).toBe(false);
    expect(fromCatalog('sv', 'print JSON')).toBe(false);
  });

  it.each(LANGS)('has a catalog word for every placeholder, and headings in %s', async (lang) => {
    const root = await program(lang);
    for (const cmd of [root, ...root.commands]) {
      const syntax = [cmd.usage(), ...cmd.options.map((option) => option.flags), ...cmd.registeredArguments.map((argument) => `<${argument.name()}>`)];
      for (const [, word] of syntax.join(' ').matchAll(/[<[]([\w-]+)(?:\.\.\.)?[>\]]/g)) {
        expect(placeholderText(lang, word!), `${cmd.name()}: ${word}`).toBeDefined();
      }
      const help = cmd.helpInformation();
      for (const heading of HEADINGS[lang]) expect(help).toContain(heading);
      if (lang !== 'en') expect(help).not.toMatch(/Usage:|Options:|Arguments:|Commands:|display help|\(default:|\[options\]|<file>/);
    }
  });

  it('shows an option\'s default in the chosen language', async () => {
    const sim = (await program('sv')).commands.find((cmd) => cmd.name() === 'sim')!;
    expect(sim.helpInformation()).toMatch(/--instance <namn>\s+instansens namn \(standard: PCKASSA\)/);
  });
});
