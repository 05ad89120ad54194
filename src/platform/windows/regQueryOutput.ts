// Reads what `reg.exe query KEY` prints: the key, one line per value ("    NAME    REG_TYPE    DATA"),
// then its subkeys as full paths, one a line. The layout is the same in every Windows language (and
// in Wine's reg.exe); only messages are translated, and they are never parsed.

export interface RegValue {
  name: string;
  type: string;
  data: string;
}

export interface RegKeyListing {
  values: RegValue[];
  /** The names of the key's direct subkeys. */
  subkeys: string[];
}

const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/;
const HIVES: Readonly<Record<string, string>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/** The key as reg.exe prints it: the hive spelt out (HKLM\… → HKEY_LOCAL_MACHINE\…). */
function fullKeyName(key: string): string {
  const [hive = '', ...rest] = key.split('\\');
  return [HIVES[hive.toUpperCase()] ?? hive, ...rest].join('\\');
}

/** The listing of `key` in `output` (the output of `reg query KEY`, without /s or /v). */
export function parseRegQuery(output: string, key: string): RegKeyListing {
  const full = fullKeyName(key);
  // In the 32-bit view a key under SOFTWARE may be printed where it is stored, below WOW6432Node.
  const prefixes = [full, full.replace(/^(HKEY_LOCAL_MACHINE\\SOFTWARE)\\/i, '$1\\WOW6432Node\\')].map((p) => `${p}\\`.toLowerCase());
  const values: RegValue[] = [];
  const subkeys: string[] = [];
  for (const line of output.split(/\r?\n/)) {
    const value = VALUE_LINE.exec(line);
    if (value) {
      values.push({ name: value[1]!, type: value[2]!, data: value[3] ?? '' });
      continue;
    }
    const prefix = prefixes.find((p) => line.toLowerCase().startsWith(p));
    const name = prefix === undefined ? '' : line.slice(prefix.length);
    if (name !== '' && !name.includes('\\')) subkeys.push(name);
  }
  return { values, subkeys };
}

/** Value names are case-insensitive in the registry. */
export function findRegValue(values: readonly RegValue[], name: string): RegValue | undefined {
  return values.find((value) => value.name.toLowerCase() === name.toLowerCase());
}

/** Key names are case-insensitive in the registry. */
export function listsSubkey(listing: RegKeyListing, name: string): boolean {
  return listing.subkeys.some((subkey) => subkey.toLowerCase() === name.toLowerCase());
}
