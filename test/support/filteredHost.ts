// A network namespace with a veth pair (OUTSIDE ↔ INSIDE) and the simulated main till inside it,
// whose replies from one TCP port are routed into a black hole: to a client that port looks
// filtered (no answer), while other ports still refuse. Needs root and iproute2, not iptables/nft.
// Used by the doctor's namespace test and its benchmark.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { CLI } from './cli.js';
import { firstLine } from './lines.js';

export interface FilteredHost {
  inside: string;
  /** An address on the same link that no computer has. */
  nobody: string;
  filteredPort: number;
  browserPort: number;
  stop(): void;
}

interface IpRun {
  ok: boolean;
  /** No `ip` program, or not allowed to make namespaces and links (not root, no CAP_NET_ADMIN/CAP_SYS_ADMIN). */
  cannot: boolean;
  detail: string;
}

function ip(...args: string[]): IpRun {
  const run = spawnSync('ip', args, { encoding: 'utf8' });
  const code = (run.error as NodeJS.ErrnoException | undefined)?.code;
  const stderr = run.stderr ?? '';
  return {
    ok: run.status === 0 && !run.error,
    cannot: code === 'ENOENT' || code === 'EPERM' || code === 'EACCES' || /Operation not permitted|Permission denied/.test(stderr),
    detail: `${run.error?.message ?? ''}${stderr}`.trim(),
  };
}

// Names carry the owning process and the subnet: kvdoc<pid>x<subnet> and kv<pid>x<subnet>a/b (at most
// 14 characters, under Linux's 15 for interfaces).
const NAMESPACE = /^kvdoc(\d+)x(\d+)$/;
const OUTSIDE_END = /^kv(\d+)x(\d+)a$/;

/** Left over by an earlier run: its process is gone, or it had this process's pid and wants this subnet. */
function leftover(owner: number, ownerSubnet: number, subnet: number): boolean {
  if (owner === process.pid) return ownerSubnet === subnet;
  try {
    process.kill(owner, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Deletes namespaces and outside veth ends of earlier runs that died before they cleaned up. */
function removeLeftovers(subnet: number): void {
  const namespaces = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout ?? '';
  for (const name of namespaces.split('\n').map((line) => line.split(' ')[0]!)) {
    const match = NAMESPACE.exec(name);
    if (match && leftover(Number(match[1]), Number(match[2]), subnet)) ip('netns', 'del', name);
  }
  const links = spawnSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' }).stdout ?? '';
  for (const line of links.split('\n')) {
    const name = /^\d+:\s+([^:@\s]+)/.exec(line)?.[1] ?? '';
    const match = OUTSIDE_END.exec(name);
    if (match && leftover(Number(match[1]), Number(match[2]), subnet)) ip('link', 'del', name);
  }
}

/**
 * Makes the namespace and starts the sim in it. Returns why not when this machine cannot (no `ip`, or
 * not permitted); any other failure throws, so that a broken setup fails instead of skipping.
 */
export async function startFilteredHost(subnet: number, filteredPort = 14330): Promise<FilteredHost | { unavailable: string }> {
  const ns = `kvdoc${process.pid}x${subnet}`;
  const veth = `kv${process.pid}x${subnet}`;
  const [outside, inside, nobody] = [1, 2, 3].map((n) => `198.18.${subnet}.${n}`);
  const steps: string[][] = [
    ['netns', 'add', ns],
    ['link', 'add', `${veth}a`, 'type', 'veth', 'peer', 'name', `${veth}b`],
    ['link', 'set', `${veth}b`, 'netns', ns],
    ['addr', 'add', `${outside}/24`, 'dev', `${veth}a`],
    ['link', 'set', `${veth}a`, 'up'],
    ['netns', 'exec', ns, 'ip', 'addr', 'add', `${inside}/24`, 'dev', `${veth}b`],
    ['netns', 'exec', ns, 'ip', 'link', 'set', `${veth}b`, 'up'],
    ['netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up'],
    ['netns', 'exec', ns, 'ip', 'rule', 'add', 'ipproto', 'tcp', 'sport', String(filteredPort), 'table', '100'],
    ['netns', 'exec', ns, 'ip', 'route', 'add', 'blackhole', 'default', 'table', '100'],
  ];
  const teardown = () => {
    // Deleting the namespace takes the inside end and with it the pair; the outside end is deleted too
    // in case it never got its peer moved in.
    ip('netns', 'del', ns);
    ip('link', 'del', `${veth}a`);
  };
  removeLeftovers(subnet);
  for (const step of steps) {
    const result = ip(...step);
    if (result.ok) continue;
    teardown();
    const why = `ip ${step.join(' ')}: ${result.detail}`;
    if (result.cannot) return { unavailable: why };
    throw new Error(`cannot set up the filtered host: ${why}`);
  }
  const sim: ChildProcess = spawn(
    'ip',
    ['netns', 'exec', ns, process.execPath, CLI, 'sim', '--host', inside!, '--port', String(filteredPort), '--browser-port', '1434'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = () => {
    sim.kill('SIGTERM');
    teardown();
  };
  try {
    const first = await firstLine(sim, 'the sim in the namespace');
    const { browserPort } = JSON.parse(first) as { browserPort: number };
    return { inside: inside!, nobody: nobody!, filteredPort, browserPort, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
