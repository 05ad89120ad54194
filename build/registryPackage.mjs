// Fetches a package from the npm registry pinned by exact version and integrity hash, into a cache
// outside the work tree, and unpacks it once. Used for what a plain `npm ci` must not bring: the
// Windows node.exe and native modules for the installer, and a Linux Node 22 for the node:sqlite
// test run. The pins live in build/pins.json, so a change of version is one reviewed line.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const PINS = JSON.parse(readFileSync(new URL('./pins.json', import.meta.url), 'utf8'));
const REGISTRY = (process.env.npm_config_registry || 'https://registry.npmjs.org/').replace(/\/?$/, '/');

function cacheDir() {
  return process.env.KASSAVAKT_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kassavakt-build');
}

/** The pin for `name` from build/pins.json: { version, integrity }. */
export function pin(name) {
  const found = PINS[name];
  if (!found) throw new Error(`build/pins.json has no pin for ${name}`);
  return found;
}

/**
 * The unpacked folder (the tarball's `package/`) of the pinned `name`, downloaded and checked against
 * its integrity hash the first time. A download that does not match is refused and not kept.
 */
export async function registryPackage(name) {
  const { version, integrity } = pin(name);
  const dir = join(cacheDir(), `${name.replace('/', '+')}-${version}`);
  if (existsSync(join(dir, 'package.json'))) return dir;
  const url = `${REGISTRY}${name}/-/${name.split('/').pop()}-${version}.tgz`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const tarball = Buffer.from(await response.arrayBuffer());
  const [algorithm, expected] = integrity.split(/-(.*)/s);
  const actual = createHash(algorithm).update(tarball).digest('base64');
  if (actual !== expected) throw new Error(`${name}@${version}: integrity mismatch (expected ${integrity}, got ${algorithm}-${actual})`);
  mkdirSync(cacheDir(), { recursive: true });
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const file = join(staging, 'package.tgz');
  writeFileSync(file, tarball);
  execFileSync('tar', ['-xzf', file, '-C', staging, '--strip-components=1', '--no-same-owner']);
  rmSync(file);
  // Two builds may fetch the same package at once (the installer's system test builds two Setups):
  // the first rename wins, the other's copy is dropped. Only a leftover without package.json is removed.
  if (existsSync(dir) && !existsSync(join(dir, 'package.json'))) rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(staging, dir);
  } catch (error) {
    if (!existsSync(join(dir, 'package.json'))) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

/** Whether build/pins.json pins `name` (the Windows binary packages the installer fetches). */
export function isPinned(name) {
  return Object.hasOwn(PINS, name);
}
