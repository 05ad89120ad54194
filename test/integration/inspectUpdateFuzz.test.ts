// A real PE made crafted in a few hundred ways (issue 13: 5 of 300 such files hung the inspector): every
// file must get a verdict or "cannot tell" from the bounded reader itself. The inspection worker's
// deadline stops a file that would hang, so a hang shows as a `timedOut` outcome here, not a stuck suite.
// The random flips come from a pinned seed, so every run (CI included) checks the same files. To look
// further, run it with another seed, KASSAVAKT_FUZZ_SEED=<number>, or a new one each run,
// KASSAVAKT_FUZZ_SEED=random; the seed is printed, and a failure is made again with that number.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { UpdateFileOutcome } from '../../src/core/updateFile.js';
import { inspectUpdateFile } from '../../src/update/inspectUpdateFile.js';
import { BUILT_INSPECTION_WORKER } from '../support/inspectionWorker.js';
import { craftedFiles } from '../support/peFuzz.js';
import { STRINGS, fixtureDir, makePe } from '../support/peFixtures.js';

const PINNED_SEED = 20261125;
const seed = fuzzSeed(process.env.KASSAVAKT_FUZZ_SEED);
const RANDOM_FILES = 200;
/** Outcomes that mean the reader itself failed: stopped at the deadline, or an unexpected exception. */
const READER_FAILED: UpdateFileOutcome[] = ['timedOut', 'unreadable'];

function fuzzSeed(asked: string | undefined): number {
  if (asked === undefined || asked === '') return PINNED_SEED;
  if (asked === 'random') return Math.floor(Math.random() * 2 ** 32);
  if (!/^\d{1,10}$/.test(asked) || Number(asked) >= 2 ** 32) throw new Error(`KASSAVAKT_FUZZ_SEED must be a whole number below 2^32 or "random", not "${asked}"`);
  return Number(asked);
}

it(`every crafted file gets an answer from the bounded reader (seed ${seed})`, { timeout: 600_000 }, async () => {
  console.log(`inspect-update fuzz: seed ${seed} (repeat with KASSAVAKT_FUZZ_SEED=${seed})`);
  const dir = fixtureDir('kassavakt-fuzz-');
  const files = craftedFiles(makePe({ strings: STRINGS.fiscal }), seed, RANDOM_FILES);
  expect(files.length).toBeGreaterThan(300);
  const outcomes = new Map<string, UpdateFileOutcome>();
  let next = 0;
  // Two at a time: each inspection is a worker thread, and the machine has two cores.
  const inspectNext = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const path = join(dir, `pckassaupp32-${i}.exe`);
      writeFileSync(path, files[i]!.bytes);
      const verdict = await inspectUpdateFile(path, { lang: 'sv', worker: BUILT_INSPECTION_WORKER });
      expect(verdict.message).not.toBe('');
      outcomes.set(files[i]!.name, verdict.outcome);
    }
  };
  await Promise.all([inspectNext(), inspectNext()]);

  const failed = [...outcomes].filter(([, outcome]) => READER_FAILED.includes(outcome));
  expect(failed, `seed ${seed}`).toEqual([]);
  // The targeted lengths reach the version resource's parser and are refused there, not passed over.
  expect(outcomes.get('CompanyName.wLength=0')).toBe('damaged');
  expect(outcomes.get('VS_VERSION_INFO.wLength=0')).toBe('damaged');
  expect(outcomes.get('041d04b0.wLength=65535')).toBe('damaged');
});
