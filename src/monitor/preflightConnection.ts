// What the preflight needs from the main till: one poll (through the configured server string, or
// the one the connection doctor finds when that fails) and the two ways to write the main till in
// the installer, `IP\PCKASSA` and `COMPUTERNAME\PCKASSA`, each tried from here with the doctor.
import { isIP } from 'node:net';
import type { Config } from '../core/config.js';
import { machineKey } from '../core/fleet.js';
import type { PollResult, PollSuccess } from '../core/poll.js';
import type { PreflightConnection, ServerStringOption } from '../core/preflight.js';
import type { Verdict } from '../core/verdict.js';
import { formatServerString, requireServerString, type ServerAddress } from '../core/serverString.js';
import { runDoctor, type DoctorTimeouts, type NameResolver } from './doctor/index.js';
import { systemResolver } from './doctor/dnsProbe.js';
import { pollOnce } from './poll.js';

export interface PreflightConnectionOptions {
  resolver?: NameResolver;
  timeouts?: Partial<DoctorTimeouts>;
}

export interface PreflightReading {
  connection: PreflightConnection;
  /** The successful poll, for callers that want the fleet as well. */
  poll: PollResult;
}

export async function readForPreflight(config: Config, options: PreflightConnectionOptions = {}): Promise<PreflightReading> {
  const configured = requireServerString(config.server ?? '', config.lang);
  const first = await pollOnce(config);
  let poll: PollResult = first;
  let through = configured;
  let viaDoctor = false;
  let verdict: Verdict | undefined;
  if (!first.ok) {
    // The guide: when IP\PCKASSA does not connect, try COMPUTERNAME\PCKASSA, and the other way round.
    const report = await runDoctor({ server: configured, config, ...doctorOptions(options) });
    verdict = report.verdict;
    if (report.working) {
      const retry = await pollOnce({ ...config, server: report.working });
      if (retry.ok) {
        poll = retry;
        through = requireServerString(report.working, config.lang);
        viaDoctor = true;
      }
    }
  }
  if (!poll.ok) {
    return {
      poll,
      connection: {
        reached: false,
        server: formatServerString(configured),
        reason: poll.reason,
        detail: poll.detail,
        ...(verdict && verdict.code !== 'OK' ? { verdict } : {}),
      },
    };
  }
  const serverStrings = await installerServerStrings(config, through, poll, options);
  if (viaDoctor) serverStrings.push({ server: formatServerString(configured), kind: kindOf(configured), works: false });
  return {
    poll,
    connection: { reached: true, tills: poll.snapshot.tills, serverStrings, tillsReadable: poll.profileError === undefined },
  };
}

/**
 * The address and the computer-name forms of the server string that worked: the other host comes
 * from the server's own machine name, or from resolving the name (as Windows would), else from the
 * main till's address in the fleet. Each other form is tried with the doctor (login and SELECT 1).
 */
async function installerServerStrings(
  config: Config,
  working: ServerAddress,
  poll: PollSuccess,
  options: PreflightConnectionOptions,
): Promise<ServerStringOption[]> {
  const otherHost = isIP(working.host) ? poll.server.machineName.trim() : await addressOf(working.host, poll, options.resolver ?? systemResolver);
  const forms: ServerStringOption[] = [{ server: formatServerString(working), kind: kindOf(working), works: true }];
  if (!otherHost || otherHost.toLowerCase() === working.host.toLowerCase()) return forms;
  const other: ServerAddress = { ...working, host: otherHost };
  const report = await runDoctor({ server: other, config, maxCandidates: 0, ...doctorOptions(options) });
  forms.push({ server: formatServerString(other), kind: kindOf(other), works: report.verdict.code === 'OK' });
  return forms;
}

async function addressOf(name: string, poll: PollSuccess, resolver: NameResolver): Promise<string | undefined> {
  const resolved = await resolver.lookup(name).catch(() => [] as string[]);
  const ipv4 = resolved.find((a) => isIP(a) === 4);
  if (ipv4) return ipv4;
  const main = poll.snapshot.tills.find((t) => machineKey(t.name) === machineKey(poll.server.machineName));
  return main?.address && isIP(main.address) === 4 ? main.address : undefined;
}

function kindOf(server: ServerAddress): ServerStringOption['kind'] {
  return isIP(server.host) ? 'address' : 'computerName';
}

function doctorOptions(options: PreflightConnectionOptions) {
  return { ...(options.resolver ? { resolver: options.resolver } : {}), ...(options.timeouts ? { timeouts: options.timeouts } : {}) };
}
