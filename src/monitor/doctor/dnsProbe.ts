// Name resolution both ways: a computer name → its addresses (as Windows' own lookup does it, via
// getaddrinfo), an IPv4 address → its names (reverse lookup). The resolver is a seam for tests.
import { lookup, reverse } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { DnsState } from '../../core/verdict.js';
import type { Probe } from './probe.js';
import { timed, withTimeout } from './probeRecord.js';

export interface NameResolver {
  /** IPv4 addresses first; rejects with an error carrying a code (ENOTFOUND…) when the name is unknown. */
  lookup(name: string): Promise<string[]>;
  reverse(address: string): Promise<string[]>;
}

export const systemResolver: NameResolver = {
  async lookup(name) {
    const found = await lookup(name, { all: true });
    return [...found.filter((a) => a.family === 4), ...found.filter((a) => a.family !== 4)].map((a) => a.address);
  },
  reverse: (address) => reverse(address),
};

export async function resolveName(resolver: NameResolver, host: string, timeoutMs: number): Promise<DnsState> {
  if (isIP(host)) return { state: 'notNeeded' };
  const attempt = resolver.lookup(host).then(
    (addresses): DnsState => (addresses.length ? { state: 'resolved', addresses } : { state: 'failed', code: 'ENODATA' }),
    (error: NodeJS.ErrnoException): DnsState => ({ state: 'failed', code: error.code ?? 'ERROR' }),
  );
  return withTimeout(attempt, timeoutMs, { state: 'failed', code: 'ETIMEOUT' });
}

/** The address's names; empty when it has none (not an error: many shop networks have no reverse DNS). */
export async function reverseLookup(resolver: NameResolver, address: string, timeoutMs: number): Promise<string[]> {
  const attempt = resolver.reverse(address).catch(() => [] as string[]);
  return withTimeout(attempt, timeoutMs, []);
}

/** The name → an address; an IP address needs no lookup (and gets no line in the report). */
export const nameProbe: Probe = {
  applies: () => true,
  async check({ target }, ctx) {
    const dns = await timed(() => resolveName(ctx.resolver, target.host, ctx.timeouts.dnsMs));
    const { value } = dns;
    if (value.state === 'notNeeded') return { records: [], states: { dns: value }, facts: { address: target.host } };
    if (value.state === 'failed') return { records: [{ probe: 'dns', state: 'failed', ms: dns.ms, detail: value.code }], states: { dns: value } };
    const records = [{ probe: 'dns' as const, state: value.state, ms: dns.ms, detail: value.addresses.join(', ') }];
    return { records, states: { dns: value }, facts: { address: value.addresses[0]! } };
  },
};
