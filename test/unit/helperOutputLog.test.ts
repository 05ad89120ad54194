// The tray helper's output in the log: a line once, its repeats counted, a new line at once. Fed with
// what systray2's Windows helper really prints for one menu update under Wine (test/fixtures/helper).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HelperOutputLog } from '../../src/tray/helperOutputLog.js';

const MENU_UPDATE = readFileSync(new URL('../fixtures/helper/wine-menu-update.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
const START = Date.parse('2026-11-30T08:00:00Z');
const MINUTE = 60_000;

function logged(options: { remember?: number } = {}) {
  const lines: string[] = [];
  let now = START;
  const log = new HelperOutputLog((line) => lines.push(line), { clock: () => now, ...options });
  return { log, lines, advance: (ms: number) => (now += ms) };
}

describe('HelperOutputLog', () => {
  it('writes each different line of a menu update once, and nothing for the next updates', () => {
    const { log, lines, advance } = logged();
    expect(MENU_UPDATE).toHaveLength(135);
    for (const line of MENU_UPDATE) log.line(line);
    const different = [...new Set(MENU_UPDATE)];
    expect(different).toHaveLength(18);
    expect(lines).toEqual(different);
    expect(lines[0]).toMatch(/^ERROR systray: systray_windows\.go:908 Unable to addOrUpdateMenuItem: Success\./);
    for (let poll = 0; poll < 30; poll++) {
      advance(MINUTE);
      for (const line of MENU_UPDATE) log.line(line);
    }
    expect(lines).toHaveLength(18);
  });

  it('sums the repeats up in one line at most once an hour, and at flush', () => {
    const { log, lines, advance } = logged();
    for (const line of MENU_UPDATE) log.line(line);
    for (let poll = 1; poll <= 60; poll++) {
      advance(MINUTE);
      for (const line of MENU_UPDATE) log.line(line);
    }
    // The first repeat an hour after the start (the first line of the 61st update) brings the summary:
    // the 60 updates before it but the 18 lines written, and that line; the first line comes 15 times an update.
    expect(lines.slice(18)).toEqual([
      `${60 * 135 - 18 + 1} repeated lines left out since 2026-11-30T08:00:00.000Z; most often (${60 * 15 - 1 + 1} times): ${MENU_UPDATE[0]}`,
    ]);
    log.flush();
    expect(lines).toHaveLength(20);
    // The rest of that update: its first line 14 more times, the lines of the stack trace 15 times.
    expect(lines[19]).toBe(`134 repeated lines left out since 2026-11-30T09:00:00.000Z; most often (15 times): ${MENU_UPDATE[1]}`);
    log.flush();
    expect(lines).toHaveLength(20);
  });

  it('writes a line it has not seen at once, between repeats', () => {
    const { log, lines } = logged();
    for (const line of MENU_UPDATE) log.line(line);
    log.line('panic: runtime error: index out of range');
    for (const line of MENU_UPDATE) log.line(line);
    expect(lines.at(-1)).toBe('panic: runtime error: index out of range');
    expect(lines).toHaveLength(19);
  });

  it('writes nothing at flush when nothing was left out', () => {
    const { log, lines } = logged();
    log.line('one');
    log.line('two');
    log.flush();
    expect(lines).toEqual(['one', 'two']);
  });

  it('remembers a bounded number of lines: the oldest is written again when it comes back', () => {
    const { log, lines } = logged({ remember: 3 });
    for (const line of ['a', 'b', 'c', 'b', 'd', 'b', 'a']) log.line(line);
    expect(lines).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
