// Asks the SQL Server Browser for the instance (0x04) and, at the same time, for the list of all
// instances (0x03), which names the ones that do exist when the asked-for one is silent.
import type { BrowserState } from '../../core/verdict.js';
import { encodeInstanceRequest, encodeListRequest, findInstance } from '../../core/sqlBrowser.js';
import { queryBrowser, type BrowserAnswer, type BrowserInstance } from './browserClient.js';
import { asksBrowser, nameFailed, type Probe } from './probe.js';
import { timed, type ProbeRecord } from './probeRecord.js';

const LIST_GRACE_MS = 200;

export interface BrowserProbeResult {
  state: BrowserState;
  /** Every instance the Browser told about (with TCP ports), for the doctor's candidates. */
  listed: BrowserInstance[];
}

export async function probeBrowser(address: string, instance: string, browserPort: number, timeoutMs: number): Promise<BrowserProbeResult> {
  const singleQuery = queryBrowser(address, browserPort, encodeInstanceRequest(instance), timeoutMs);
  const allQuery = queryBrowser(address, browserPort, encodeListRequest(), timeoutMs);
  // A Browser that answered the list would have answered for the instance at the same moment:
  // once the list is in, the instance's answer gets only a short grace period.
  const graceAfterList = allQuery.then((answer) =>
    answer.state === 'answered' ? new Promise<BrowserAnswer>((resolve) => setTimeout(() => resolve({ state: 'silent' }), LIST_GRACE_MS)) : singleQuery,
  );
  const [single, all] = await Promise.all([Promise.race([singleQuery, graceAfterList]), allQuery]);
  const listed = [...(single.state === 'answered' ? single.instances : []), ...(all.state === 'answered' ? all.instances : [])];
  const unique = listed.filter(
    (entry, index) => listed.findIndex((other) => other.instanceName.toUpperCase() === entry.instanceName.toUpperCase()) === index,
  );
  const names = unique.map((entry) => entry.instanceName);
  const match = findInstance(unique, instance);
  if (match) {
    return match.tcpPort
      ? { state: { state: 'found', port: match.tcpPort, instances: names }, listed: unique }
      : { state: { state: 'foundWithoutTcp', instances: names }, listed: unique };
  }
  if (unique.length) return { state: { state: 'notFound', instances: names }, listed: unique };
  return { state: { state: 'silent', refused: single.state === 'refused' || all.state === 'refused' }, listed: [] };
}

export const browserProbe: Probe = {
  applies: (seen) => !nameFailed(seen) && asksBrowser(seen.target),
  async check(seen, ctx) {
    const instance = seen.target.instance!;
    const browser = await timed(() => probeBrowser(seen.address!, instance, ctx.browserPort, ctx.timeouts.browserMs));
    return {
      records: [browserRecord(browser.value.state, instance, ctx.browserPort, browser.ms)],
      states: { browser: browser.value.state },
      facts: { listed: browser.value.listed },
    };
  },
};

function browserRecord(state: BrowserState, instance: string, browserPort: number, ms: number): ProbeRecord {
  const record: ProbeRecord = { probe: 'browser', state: state.state, ms, port: browserPort, instance };
  if (state.state === 'found') return { ...record, detail: String(state.port) };
  if (state.state === 'notFound' || state.state === 'foundWithoutTcp') return { ...record, detail: state.instances.join(', ') };
  return state.refused ? { ...record, detail: 'ICMP' } : record;
}
