// The two verdicts that need packets to vanish rather than be refused, in a network namespace this
// test makes (test/support/filteredHost.ts: veth pair 198.18.77.1 ↔ 198.18.77.2, RFC 2544 test
// addresses, the sim inside with the replies from its TCP port blackholed): PORT_FILTERED, and
// HOST_UNREACHABLE for 198.18.77.3, which no one has. Where namespaces cannot be made (not root, no
// iproute2), these cases are skipped and the reason is printed; any other setup failure fails the file.
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { runDoctor } from '../../src/monitor/doctor/index.js';
import { startFilteredHost, type FilteredHost } from '../support/filteredHost.js';

const started = await startFilteredHost(77);
const unavailable = 'unavailable' in started ? started.unavailable : undefined;
if (unavailable) console.warn(`SKIPPED filtered-port and unreachable-host cases: cannot make a network namespace (${unavailable})`);
const host = started as FilteredHost;

afterAll(() => {
  if (!unavailable) host.stop();
});

const config = { ...defaultConfig(), user: 'kassavakt', password: 'kassavakt', database: 'PCKassa' };
const timeouts = { dnsMs: 1000, tcpMs: 1000, browserMs: 800, loginMs: 3000, queryMs: 3000 };

describe.skipIf(unavailable !== undefined)('doctor verdicts for silently dropped packets (network namespace)', () => {
  it('says PORT_FILTERED when the Browser names a port whose answers never come back', async () => {
    const report = await runDoctor({ server: { host: host.inside, instance: 'PCKASSA' }, config: { ...config, browserPort: host.browserPort }, timeouts });
    expect(report.verdict).toMatchObject({ code: 'PORT_FILTERED', port: host.filteredPort });
    const probes = report.candidates[0]!.probes;
    expect(probes.find((p) => p.probe === 'tcp')).toMatchObject({ state: 'filtered', port: host.filteredPort });
    expect(probes.find((p) => p.probe === 'hostAlive')).toMatchObject({ state: 'answers' });
    expect(report.working).toBeUndefined();
  });

  it('says HOST_UNREACHABLE for an address no computer answers on', async () => {
    const report = await runDoctor({ server: { host: host.nobody, instance: 'PCKASSA' }, config: { ...config, browserPort: host.browserPort }, timeouts });
    expect(report.verdict.code).toBe('HOST_UNREACHABLE');
    expect(report.candidates[0]!.probes.find((p) => p.probe === 'hostAlive')?.state).toMatch(/silent|unreachable/);
  });

  it('says PORT_FILTERED for HOST,PORT too, where no Browser is asked', async () => {
    const report = await runDoctor({ server: { host: host.inside, port: host.filteredPort }, config, timeouts });
    expect(report.verdict).toMatchObject({ code: 'PORT_FILTERED', port: host.filteredPort });
    expect(report.candidates[0]!.probes.some((p) => p.probe === 'browser')).toBe(false);
  });
});
