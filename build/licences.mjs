// LICENSES.txt of the Windows package, derived from what it ships: the npm packages esbuild put into
// the bundle (its metafile), the packages installed beside the bundle (with every licence file inside
// them, such as SnoreToast's), and the programs that come from elsewhere (node.exe, the launcher's C
// runtime, NSIS's installer stub). Nothing is listed by hand, so nothing can be forgotten.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-][\w.-]*)?$/i;

/** The package folders (`node_modules/…`, relative to the build's working folder) that esbuild read sources from. */
export function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const parts = input.slice(at + 'node_modules/'.length).split('/');
    const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    dirs.add(`${input.slice(0, at)}node_modules/${name}`);
  }
  return [...dirs].sort();
}

/** Licence files anywhere in a package, not in packages nested inside it. */
function licenceFiles(dir, base = dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...licenceFiles(path, base));
    } else if (LICENCE_FILE.test(entry.name) && statSync(path).size > 0) {
      found.push({ file: relative(base, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') });
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

/** The "License" section of a package's README, for packages that keep their licence only there (growly). */
function readmeLicence(dir) {
  const readme = readdirSync(dir).find((name) => /^readme(\.md)?$/i.test(name));
  if (!readme) return [];
  const lines = readFileSync(join(dir, readme), 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => /^#+\s*licen[cs]e\b/i.test(line));
  if (start < 0) return [];
  const level = /^#+/.exec(lines[start])[0].length;
  const after = lines.slice(start + 1);
  const end = after.findIndex((line) => /^#+/.test(line) && /^#+/.exec(line)[0].length <= level);
  const text = (end < 0 ? after : after.slice(0, end)).join('\n').trim();
  return text ? [{ file: `${readme} (section "${lines[start].replace(/^#+\s*|\s*#+$/g, '')}")`, text }] : [];
}

/**
 * One package's entry: name, version, declared licence and its licence texts. `how` says how it is
 * shipped; `fallback` is the entry whose texts apply when the package has none (a platform binary
 * package published with its parent's licence).
 */
export function packageEntry(dir, how, fallback) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files = licenceFiles(dir);
  const texts = files.length > 0 ? files : readmeLicence(dir);
  const entry = { title: `${pkg.name} ${pkg.version}`, licence: declaredLicence(pkg), how, texts };
  if (texts.length === 0 && fallback) return { ...entry, texts: fallback.texts, how: `${how}; published under the licence of ${fallback.title}` };
  return entry;
}

function declaredLicence(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  return 'not declared';
}

/** An entry for a program that is not an npm package: its licence texts are files given by path. */
export function programEntry(title, licence, how, files) {
  return { title, licence, how, texts: files.map((file) => ({ file, text: readFileSync(file, 'utf8') })) };
}

/** The whole file, entries sorted by title; lines end in CRLF for Notepad. */
export function licencesText(product, entries) {
  const rule = '-'.repeat(72);
  const sorted = [...entries].sort((a, b) => a.title.localeCompare(b.title));
  const missing = sorted.filter((entry) => entry.texts.length === 0).map((entry) => entry.title);
  if (missing.length > 0) throw new Error(`no licence text found for ${missing.join(', ')}`);
  const lines = [
    `${product}: licences of the software it contains`,
    '',
    ...sorted.map((entry) => `  ${entry.title} (${entry.licence})`),
    '',
  ];
  for (const entry of sorted) {
    lines.push(rule, `${entry.title} (${entry.licence})`, entry.how, rule, '');
    for (const { file, text } of entry.texts) lines.push(`[${file}]`, '', text.replace(/\r\n/g, '\n').trimEnd(), '');
  }
  return `${lines.join('\n')}\n`.replace(/\n/g, '\r\n');
}
