// Asks the SQL Server Browser for the instance (0x04) and, at the same time, for the list of all
// instances (0x03), which names the ones that do exist when the asked-for one is silent.
import type { BrowserState } from '../../core/verdict.js';
import { instanceRequest, listInstancesRequest, queryBrowser, type BrowserInstance } from './browserClient.js';

export interface BrowserProbeResult {
  state: BrowserState;
  /** Every instance the Browser told about (with TCP ports), for the doctor's candidates. */
  listed: BrowserInstance[];
}

export async function probeBrowser(address: string, instance: string, browserPort: number, timeoutMs: number): Promise<BrowserProbeResult> {
  const [single, all] = await Promise.all([
    queryBrowser(address, browserPort, instanceRequest(instance), timeoutMs),
    queryBrowser(address, browserPort, listInstancesRequest(), timeoutMs),
  ]);
  const listed = [...(single.state === 'answered' ? single.instances : []), ...(all.state === 'answered' ? all.instances : [])];
  const unique = listed.filter(
    (entry, index) => listed.findIndex((other) => other.instanceName.toUpperCase() === entry.instanceName.toUpperCase()) === index,
  );
  const names = unique.map((entry) => entry.instanceName);
  const match = unique.find((entry) => entry.instanceName.toUpperCase() === instance.toUpperCase());
  if (match) {
    return match.tcpPort
      ? { state: { state: 'found', port: match.tcpPort, instances: names }, listed: unique }
      : { state: { state: 'foundWithoutTcp', instances: names }, listed: unique };
  }
  if (unique.length) return { state: { state: 'notFound', instances: names }, listed: unique };
  return { state: { state: 'silent', refused: single.state === 'refused' || all.state === 'refused' }, listed: [] };
}
