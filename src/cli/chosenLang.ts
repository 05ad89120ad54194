// The language the CLI speaks, found before commander parses, so that --help, commander's own errors
// and the option checks speak it too: --lang, else the settings file's lang, else Swedish. The settings
// file is only glanced at here (its lang, nothing else); the command reads and checks it properly.
import { DEFAULT_LANG, isLang, type Lang } from '../core/i18n.js';
import { configPath, dataDir } from '../platform/paths.js';
import { readRegularFile } from '../platform/regularFile.js';

/** `args` without node and the script: `process.argv.slice(2)`. */
export function chooseLang(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const explicit = lastValue(args, '--lang');
  if (isLang(explicit)) return explicit;
  const path = lastValue(args, '--config') ?? configPath(dataDir(lastValue(args, '--data'), env));
  return settingsLang(path) ?? DEFAULT_LANG;
}

/** `--name value` or `--name=value`, the last one winning as in commander; none after `--`. */
function lastValue(args: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const arg = args[i]!;
    if (arg === name) value = args[++i];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  }
  return value;
}

function settingsLang(path: string): Lang | undefined {
  try {
    const settings: unknown = JSON.parse(readRegularFile(path).replace(/^\uFEFF/, ''));
    const lang = (settings as { lang?: unknown } | null)?.lang;
    return isLang(lang) ? lang : undefined;
  } catch {
    // No file yet, or one the command itself will explain in the chosen language.
    return undefined;
  }
}
