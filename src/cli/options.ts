// Options shared by several sub-commands, declared once.
import { Option } from 'commander';
import { UserError } from '../core/errors.js';
import { DEFAULT_LANG, isLang, t, type Lang } from '../core/i18n.js';

export function langOption(): Option {
  return new Option('--lang <lang>', 'sv | nb | en').argParser((value: string): Lang => {
    if (!isLang(value)) throw new UserError(t(DEFAULT_LANG, 'cli.badLang', { value }));
    return value;
  });
}
