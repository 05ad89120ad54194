// Other ways to write the same main till, as the vendor's guide says to try them: the computer name
// instead of the IP address and the other way round (from DNS, from the Browser's answer and from
// the main till last seen by the monitor), and every instance the Browser lists.
import { DEFAULT_SQL_PORT, formatServerString, type ServerAddress } from '../../core/serverString.js';
import type { BrowserInstance } from './browserClient.js';

export type CandidateOrigin = 'configured' | 'dns' | 'reverseDns' | 'remembered' | 'browser' | 'standardPort';

export interface Candidate {
  server: ServerAddress;
  origin: CandidateOrigin;
}

/** The main till as the history last saw it (machine name from SERVERPROPERTY, the address polled). */
export interface RememberedMainTill {
  machineName?: string;
  address?: string;
}

/** What one diagnosed candidate taught about other hosts and instances. */
export interface Discovery {
  host: string;
  /** Addresses the host's name resolved to, or names its address has. */
  aliases: { host: string; origin: 'dns' | 'reverseDns' }[];
  listed: BrowserInstance[];
  /** The Browser was silent but port 1433 listens: the instance may be reachable as HOST,1433. */
  standardPortListens: boolean;
}

export function candidateKey(server: ServerAddress): string {
  return formatServerString({
    host: server.host.toLowerCase().replace(/\.$/, ''),
    ...(server.instance ? { instance: server.instance.toUpperCase() } : {}),
    ...(server.port !== undefined ? { port: server.port } : {}),
  });
}

/**
 * The next candidates to try, in the order a person would: the same instance on the other names of
 * the host, then the other instances the Browser listed; none already tried.
 */
export function nextCandidates(
  configured: ServerAddress,
  discoveries: readonly Discovery[],
  remembered: RememberedMainTill,
  tried: ReadonlySet<string>,
): Candidate[] {
  const hosts: { host: string; origin: CandidateOrigin }[] = [{ host: configured.host, origin: 'configured' }];
  for (const discovery of discoveries) {
    hosts.push(...discovery.aliases);
    for (const entry of discovery.listed) if (entry.serverName) hosts.push({ host: entry.serverName, origin: 'browser' });
  }
  if (remembered.machineName) hosts.push({ host: remembered.machineName, origin: 'remembered' });
  if (remembered.address) hosts.push({ host: remembered.address, origin: 'remembered' });

  const sameServer = (host: string): ServerAddress => ({
    host,
    ...(configured.instance ? { instance: configured.instance } : {}),
    ...(configured.port !== undefined ? { port: configured.port } : {}),
  });
  const candidates: Candidate[] = hosts.map(({ host, origin }) => ({ server: sameServer(host), origin }));
  for (const discovery of discoveries) {
    for (const entry of discovery.listed) {
      candidates.push({ server: { host: discovery.host, instance: entry.instanceName }, origin: 'browser' });
    }
    if (discovery.standardPortListens) {
      candidates.push({ server: { host: discovery.host, port: DEFAULT_SQL_PORT }, origin: 'standardPort' });
    }
  }

  const seen = new Set(tried);
  return candidates.filter((candidate) => {
    const key = candidateKey(candidate.server);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
