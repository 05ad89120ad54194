// `kassavakt sim`: runs the simulated main till. The first stdout line is JSON with where it
// listens (for scripts and tests); then log lines. Fault commands are read from stdin.
import { Option, type Command } from 'commander';
import { createInterface } from 'node:readline';
import { UserError } from '../../core/errors.js';
import { t, type Lang } from '../../core/i18n.js';
import { isFileSystemError, readErrorText, writeErrorText } from '../../platform/fileErrorText.js';
import { applyFaultCommand } from '../../sim/faults.js';
import { startSim, type SimEvent } from '../../sim/index.js';
import { langOption, parsePortOption } from '../options.js';

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
}

export function registerSim(program: Command, lang: Lang): void {
  const port = (flags: string, key: 'cli.sim.port' | 'cli.sim.browserPort') =>
    new Option(flags, t(lang, key)).argParser(parsePortOption(flags.split(' ')[0]!, lang, 0)).default(0);
  program
    .command('sim')
    .description(t(lang, 'cli.sim.description'))
    .option('--host <address>', t(lang, 'cli.sim.host'), '127.0.0.1')
    .addOption(port('--port <port>', 'cli.sim.port'))
    .addOption(port('--browser-port <port>', 'cli.sim.browserPort'))
    .option('--instance <name>', t(lang, 'cli.sim.instance'), 'PCKASSA')
    .option('--fleet <file>', t(lang, 'cli.sim.fleet'))
    .option('--user <name>', t(lang, 'cli.sim.user'), 'kassavakt')
    .option('--password <password>', t(lang, 'cli.sim.password'), 'kassavakt')
    .option('--machine-name <name>', t(lang, 'cli.sim.machineName'))
    .option('--database <name>', t(lang, 'cli.sim.database'), 'PCKassa')
    .option('--log <file>', t(lang, 'cli.sim.log'))
    .addOption(langOption(lang))
    .action(async (opts: SimCliOptions) => {
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
          lang,
          // Events before the JSON line are held back: that line must come first.
          onEvent: (event) => (started ? onEvent(event) : pending.push(event)),
        });
      } catch (error) {
        const { code, syscall, path } = error as NodeJS.ErrnoException;
        if (syscall === 'listen' || syscall === 'bind') {
          throw new UserError(t(lang, 'sim.cannotListen', { host: opts.host, port: opts.port, detail: code ?? '' }));
        }
        if (opts.log !== undefined && path === opts.log) {
          throw new UserError(t(lang, 'output.simLogNotWritable', { file: opts.log, reason: writeErrorText(error, lang) }));
        }
        if (opts.fleet) {
          // As check and inspect-update word a bad --fleet: `<file>: <why>`.
          throw new UserError(`${opts.fleet}: ${isFileSystemError(error) ? readErrorText(error, lang) : (error as Error).message}`);
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
