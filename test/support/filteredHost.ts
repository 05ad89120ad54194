// A network namespace with a veth pair (OUTSIDE ↔ INSIDE) and the simulated main till inside it,
// whose replies from one TCP port are routed into a black hole: to a client that port looks
// filtered (no answer), while other ports still refuse. Needs root and iproute2, not iptables/nft.
// Used by the doctor's namespace test and its benchmark.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/kassavakt.js', import.meta.url));

export interface FilteredHost {
  inside: string;
  /** An address on the same link that no computer has. */
  nobody: string;
  filteredPort: number;
  browserPort: number;
  stop(): void;
}

function ip(...args: string[]): { ok: boolean; detail: string } {
  const run = spawnSync('ip', args, { encoding: 'utf8' });
  return { ok: run.status === 0, detail: `${run.error?.message ?? ''}${run.stderr ?? ''}`.trim() };
}

/** Makes the namespace and starts the sim in it; returns why not when it cannot. */
export async function startFilteredHost(subnet: number, filteredPort = 14330): Promise<FilteredHost | { unavailable: string }> {
  const ns = `kvdoc${process.pid}x${subnet}`;
  const veth = `kvd${process.pid % 10000}x${subnet % 100}`;
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
  for (const step of steps) {
    const result = ip(...step);
    if (!result.ok) {
      ip('netns', 'del', ns);
      return { unavailable: `ip ${step.join(' ')}: ${result.detail}` };
    }
  }
  const sim: ChildProcess = spawn(
    'ip',
    ['netns', 'exec', ns, process.execPath, CLI, 'sim', '--host', inside!, '--port', String(filteredPort), '--browser-port', '1434'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = () => {
    sim.kill('SIGTERM');
    ip('netns', 'del', ns);
  };
  try {
    const first = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the sim in the namespace did not start')), 10_000);
      createInterface({ input: sim.stdout! }).once('line', (line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
    const { browserPort } = JSON.parse(first) as { browserPort: number };
    return { inside: inside!, nobody: nobody!, filteredPort, browserPort, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
