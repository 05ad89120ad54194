// The shipped alert rules, checked and unit-tested by Prometheus's own promtool (firing and not firing
// for every alert: contrib/prometheus/kassavakt.rules.test.yml).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../contrib/prometheus/', import.meta.url).pathname;

function promtool(...args: string[]) {
  const run = spawnSync('promtool', args, { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('contrib/prometheus/kassavakt.rules.yml', () => {
  it('is valid and defines the seven alerts', () => {
    const checked = promtool('check', 'rules', 'kassavakt.rules.yml');
    expect(checked.output).toContain('SUCCESS: 7 rules found');
    expect(checked.status).toBe(0);
  });

  it('passes its promtool unit tests', () => {
    const tested = promtool('test', 'rules', 'kassavakt.rules.test.yml');
    expect(tested.output).toContain('SUCCESS');
    expect(tested.status).toBe(0);
  });
});
