// The inspection's time limit: a worker that does not answer is stopped at the deadline, and the answer
// is "cannot tell". A file of its own, so that no other test's worker threads are about when counting.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import { inspectUpdateFile } from '../../src/update/inspectUpdateFile.js';
import { STRINGS, fixtureDir, writePe } from '../support/peFixtures.js';
import { waitUntil } from '../support/wait.js';

const threads = () => Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
const busyWorker = new URL('../support/busyWorker.mjs', import.meta.url);
const fleet: FleetSnapshot = { tills: [{ name: 'KASSA1', role: 'main', version: '38,5' }] };

it('stops a worker that does not answer by the deadline and cannot tell, while the caller keeps running', async () => {
  const file = writePe(fixtureDir(), 'pckassaupp32.exe', { strings: STRINGS.fiscal });
  const before = threads();
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 20);
  const verdict = await inspectUpdateFile(file, { fleet, lang: 'en', worker: busyWorker });
  clearInterval(ticker);
  expect(verdict).toMatchObject({ kind: 'other', outcome: 'timedOut', fleetEdition: 'fiscal', matches: null });
  expect(verdict.message).toBe('The file’s version details could not be read within 2 seconds, so it cannot be said what the file installs.');
  expect(verdict.advice).toMatch(/^Do not run it\./);
  // The caller's event loop (the tray's) ran on meanwhile.
  expect(ticks).toBeGreaterThan(0);
  // The spinning thread is gone, not left burning a core.
  await waitUntil(() => threads() <= before, 10_000, 'the stopped worker’s thread to end');
});
