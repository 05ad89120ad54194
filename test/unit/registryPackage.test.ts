// build/registryPackage.mjs refuses a download that does not match the integrity hash pinned in
// build/pins.json, and keeps nothing of it. The registry is a local HTTP server serving a well-formed
// tarball with other contents, as a tampered mirror would.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const NAME = '@koromix/koffi-win32-x64';
let server: Server;
let cache: string;
const requested: string[] = [];
let registryPackage: (name: string) => Promise<string>;
let pinnedVersion: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kv-registry-'));
  pinnedVersion = (JSON.parse(readFileSync('build/pins.json', 'utf8')) as Record<string, { version: string }>)[NAME]!.version;
  mkdirSync(join(dir, 'package'));
  writeFileSync(join(dir, 'package', 'package.json'), JSON.stringify({ name: NAME, version: pinnedVersion }));
  execFileSync('tar', ['-czf', join(dir, 'tampered.tgz'), '-C', dir, 'package']);
  const tarball = readFileSync(join(dir, 'tampered.tgz'));
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    if (request.url === `/${NAME}/-/koffi-win32-x64-${pinnedVersion}.tgz`) response.end(tarball);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cache = join(dir, 'cache');
  // registryPackage.mjs reads both when it is first imported.
  process.env.npm_config_registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  process.env.KASSAVAKT_CACHE = cache;
  ({ registryPackage } = await import('../../build/registryPackage.mjs'));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('a pinned registry package', () => {
  it('is refused when the tarball does not match the pinned integrity, and nothing of it is kept', async () => {
    await expect(registryPackage(NAME)).rejects.toThrow(new RegExp(`${NAME}@${pinnedVersion}: integrity mismatch`));
    expect(requested).toContain(`/${NAME}/-/koffi-win32-x64-${pinnedVersion}.tgz`);
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });

  it('names the package that has no pin', async () => {
    await expect(registryPackage('left-pad')).rejects.toThrow('build/pins.json has no pin for left-pad');
  });
});
