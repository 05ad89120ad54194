// Parses what `reg.exe query KEY` prints: a blank line, the key, then one line per value
// ("    NAME    REG_TYPE    DATA"). The layout is the same on every Windows language; only error
// messages are translated, so they are never parsed (the exit code says whether the key exists).

export interface RegValue {
  name: string;
  type: string;
  data: string;
}

const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/;

export function parseRegQueryValues(stdout: string): RegValue[] {
  return stdout
    .split(/\r?\n/)
    .map((line) => VALUE_LINE.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[1]!, type: match[2]!, data: match[3] ?? '' }));
}

/** Value names are case-insensitive in the registry. */
export function findRegValue(values: readonly RegValue[], name: string): RegValue | undefined {
  return values.find((value) => value.name.toLowerCase() === name.toLowerCase());
}
