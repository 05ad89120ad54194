// Commander's help in the chosen language: its headings, the words in <…> and […] (by their name in
// the code, e.g. <file> → <fil>), and the default shown after an option. Descriptions are already
// catalog texts (each command's register function looks them up).
import { Help, type Argument, type Command, type Option } from 'commander';
import { t, type Lang } from '../core/i18n.js';
import { catalog, type MessageKey } from '../core/messages/index.js';

const HEADINGS: Record<string, MessageKey> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
};

/** `check [options] <file>` → `check [alternativ] <fil>`; a word without a catalog entry stays as it is. */
export function localizedSyntax(lang: Lang, text: string): string {
  return text.replace(/([<[])([\w-]+)(\.\.\.)?([>\]])/g, (_whole, open: string, word: string, more = '', close: string) => `${open}${placeholder(lang, word)}${more}${close}`);
}

/** The catalog's word for a placeholder, or undefined when there is none (a test asks for every one). */
export function placeholderText(lang: Lang, word: string): string | undefined {
  const key = `cli.placeholder.${word}`;
  return Object.hasOwn(catalog, key) ? t(lang, key as MessageKey) : undefined;
}

function placeholder(lang: Lang, word: string): string {
  return placeholderText(lang, word) ?? word;
}

export class LocalizedHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }

  override styleTitle(title: string): string {
    const key = HEADINGS[title];
    return key === undefined ? title : t(this.lang, key);
  }

  override commandUsage(cmd: Command): string {
    return localizedSyntax(this.lang, super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return localizedSyntax(this.lang, super.subcommandTerm(cmd));
  }

  override optionTerm(option: Option): string {
    return localizedSyntax(this.lang, super.optionTerm(option));
  }

  override argumentTerm(argument: Argument): string {
    return placeholder(this.lang, super.argumentTerm(argument));
  }

  /** Commander would add "(default: …)" in English; only a value an option takes shows its default. */
  override optionDescription(option: Option): string {
    if (option.defaultValue === undefined || option.isBoolean()) return option.description;
    return `${option.description} ${t(this.lang, 'cli.help.default', { value: String(option.defaultValue) })}`;
  }
}
