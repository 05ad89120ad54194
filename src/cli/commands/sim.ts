// `kassavakt sim`: runs the simulated main till. The first stdout line is JSON with where it
// listens (for scripts and tests); then log lines. Fault commands are read from stdin.
import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { UserError } from '../../core/errors.js';
import { DEFAULT_LANG, t, type Lang } from '../../core/i18n.js';
import { applyFaultCommand } from '../../sim/faults.js';
import { startSim, type SimEvent } from '../../sim/index.js';
import { langOption } from '../options.js';

interface SimCliOptions {
  host: string;
  port: number;
  browserPort: number;
  instance: string;
  fleet?: string;
  user: string;
  password: string;
  machineName?: string;
  database: string;
  log?: string;
  lang?: Lang;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(t(DEFAULT_LANG, 'sim.badPort', { value }));
  return port;
}

export function registerSim(program: Command): void {
  program
    .command('sim')
    .description('run a simulated main till (SQL Server + SQL Browser) for the demo and tests')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'TCP port (0 = any free port)', portNumber, 0)
    .option('--browser-port <port>', 'UDP port of the SQL Browser (0 = any free port; clients ask on 1434)', portNumber, 0)
    .option('--instance <name>', 'instance name', 'PCKASSA')
    .option('--fleet <file>', 'fleet snapshot file (re-read when it changes); default: a built-in demo fleet')
    .option('--user <name>', 'SQL login', 'kassavakt')
    .option('--password <password>', 'SQL password', 'kassavakt')
    .option('--machine-name <name>', 'computer name of the main till (default: the fleet\'s main till)')
    .option('--database <name>', 'database name', 'PCKassa')
    .option('--log <file>', 'append every received statement as a JSON line')
    .addOption(langOption())
    .action(async (opts: SimCliOptions) => {
      const lang = opts.lang ?? DEFAULT_LANG;
      const say = (line: string) => console.log(line);
      const onEvent = (event: SimEvent) => {
        switch (event.kind) {
          case 'fleetLoaded':
            return say(t(lang, 'sim.fleetLoaded', { count: event.tills, source: event.file ?? t(lang, 'sim.demoFleet') }));
          case 'fleetRejected':
            return say(t(lang, 'sim.fleetRejected', { file: event.file, detail: event.detail }));
          case 'login':
            return say(t(lang, 'sim.login', { session: event.session, user: event.user, host: event.host, program: event.program }));
          case 'loginRefused':
            return say(t(lang, 'sim.loginRefused', { user: event.user, address: event.address }));
          case 'disconnect':
            return say(t(lang, 'sim.disconnect', { session: event.session }));
        }
      };
      const pending: SimEvent[] = [];
      let started = false;
      let sim;
      try {
        sim = await startSim({
          host: opts.host,
          port: opts.port,
          browserPort: opts.browserPort,
          instance: opts.instance,
          fleetFile: opts.fleet,
          user: opts.user,
          password: opts.password,
          machineName: opts.machineName,
          database: opts.database,
          logFile: opts.log,
          // Events before the JSON line are held back: that line must come first.
          onEvent: (event) => (started ? onEvent(event) : pending.push(event)),
        });
      } catch (error) {
        const { code, syscall } = error as NodeJS.ErrnoException;
        if (syscall === 'listen' || syscall === 'bind') {
          throw new UserError(t(lang, 'sim.cannotListen', { host: opts.host, port: opts.port, detail: code ?? '' }));
        }
        if (opts.fleet) {
          throw new UserError(t(lang, 'sim.badFleet', { file: opts.fleet, detail: code ?? (error as Error).message }));
        }
        throw error;
      }
      console.log(JSON.stringify({ host: sim.host, port: sim.port, browserPort: sim.browserPort, instance: sim.instance }));
      started = true;
      pending.forEach(onEvent);
      say(
        t(lang, 'sim.listening', {
          server: `${sim.machineName}\\${sim.instance}`,
          host: sim.host,
          port: sim.port,
          browser: sim.browserPort === null ? t(lang, 'sim.noBrowser') : `UDP ${sim.browserPort}`,
          database: opts.database,
          user: opts.user,
        }),
      );

      const running = sim;
      const input = createInterface({ input: process.stdin });
      input.on('line', (line) => {
        if (line.trim() === '') return;
        void applyFaultCommand(running.faults, line).then((ok) =>
          say(ok ? t(lang, 'sim.faultApplied', { command: line.trim() }) : t(lang, 'sim.badCommand', { command: line.trim() })),
        );
      });
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      input.close();
      await running.stop();
      say(t(lang, 'sim.stopped'));
    });
}
