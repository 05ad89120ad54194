// The simulated main till: a TDS server (what mssql/tedious and FreeTDS talk to), a SQL Server
// Browser responder and the fleet data behind them. startSim() is used by the `sim` command, the
// demo and every integration test.
import dgram from 'node:dgram';
import net from 'node:net';
import { hostname } from 'node:os';
import type { FleetSnapshot } from '../core/fleet.js';
import type { Lang } from '../core/i18n.js';
import { startBrowser } from './browser.js';
import { demoFleet } from './demoFleet.js';
import { noFaults, type FaultState, type Faults } from './faults.js';
import { FleetFile } from './fleetFile.js';
import { SimDatabase, type SessionRow } from './sql/database.js';
import { mainTillWithDefaults } from './sql/mainTillData.js';
import { StatementLog, type StatementRecord } from './statementLog.js';
import { Session } from './tds/session.js';

export interface SimOptions {
  host?: string;
  port?: number;
  /** 0 = a random free port; null = no Browser. Real clients (tedious, FreeTDS) only ask on 1434. */
  browserPort?: number | null;
  instance?: string;
  fleetFile?: string;
  fleet?: FleetSnapshot;
  user?: string;
  password?: string;
  machineName?: string;
  database?: string;
  /** Appended to with every statement; created at start, so a place that cannot be written fails at once. */
  logFile?: string;
  /** The language of a fleet file's mistakes (default Swedish). */
  lang?: Lang;
  onEvent?: (event: SimEvent) => void;
}

export type SimEvent =
  | { kind: 'fleetLoaded'; tills: number; file?: string }
  | { kind: 'fleetRejected'; file: string; detail: string }
  | { kind: 'login'; session: number; host: string; program: string; user: string }
  | { kind: 'loginRefused'; user: string; address: string }
  | { kind: 'disconnect'; session: number };

export interface SessionInfo {
  id: number;
  hostName: string;
  appName: string;
  userName: string;
  address: string;
  database: string;
  isolationLevel: string;
  lockTimeout: number;
  options: Record<string, string>;
}

export interface RunningSim {
  host: string;
  port: number;
  browserPort: number | null;
  instance: string;
  machineName: string;
  /** The statements received, oldest first: the latest STATEMENTS_KEPT (the log file has them all). */
  statements(): StatementRecord[];
  /** The live TDS sessions, with the SET state each one has. */
  sessions(): SessionInfo[];
  faults: Faults;
  setFleet(snapshot: FleetSnapshot): void;
  stop(): Promise<void>;
}

const FIRST_FIXTURE_SESSION = 51;
const FIRST_LIVE_SESSION = 100;
const SYSTEM_SESSIONS = [1, 2, 3];

export async function startSim(options: SimOptions = {}): Promise<RunningSim> {
  const host = options.host ?? '127.0.0.1';
  const instance = (options.instance ?? 'PCKASSA').toUpperCase();
  const database = options.database ?? 'PCKassa';
  const emit = options.onEvent ?? (() => {});
  const startedAt = new Date();
  const faultState: FaultState = noFaults();
  const log = new StatementLog(options.logFile);
  const live = new Map<number, Session>();
  let nextSpid = FIRST_LIVE_SESSION;
  let fleet: FleetSnapshot = { tills: [] };
  let stopped = false;

  const db = new SimDatabase({ machineName: options.machineName ?? hostname().toUpperCase(), instance, database });

  const refreshSessions = () => {
    const rows: SessionRow[] = SYSTEM_SESSIONS.map((id) => ({
      sessionId: id, loginTime: startedAt, hostName: null, programName: null, loginName: 'sa', clientAddress: null, isUserProcess: false,
    }));
    fleet.tills
      .filter((till) => till.connected !== false)
      .forEach((till, i) =>
        rows.push({
          sessionId: FIRST_FIXTURE_SESSION + i,
          loginTime: till.lastSeen ? new Date(till.lastSeen) : startedAt,
          hostName: till.name,
          programName: 'PC-Kassa',
          loginName: options.user ?? 'kassavakt',
          clientAddress: till.address ?? '127.0.0.1',
          isUserProcess: true,
        }),
      );
    for (const s of live.values()) {
      rows.push({
        sessionId: s.spid, loginTime: s.connectedAt, hostName: s.login?.hostName ?? null, programName: s.login?.appName ?? null,
        loginName: s.login?.userName ?? null, clientAddress: s.address, isUserProcess: true,
      });
    }
    db.setSessions(rows);
  };

  const setFleet = (snapshot: FleetSnapshot) => {
    db.loadFleet(snapshot);
    db.loadMainTill(mainTillWithDefaults(snapshot.mainTill, database, startedAt, new Date()));
    fleet = snapshot;
    const main = snapshot.tills.find((till) => till.role === 'main');
    if (!options.machineName && main) db.machineName = main.name.toUpperCase();
    refreshSessions();
  };

  let fleetFile: FleetFile | undefined;
  if (options.fleetFile) {
    const file = options.fleetFile;
    fleetFile = new FleetFile(
      file,
      (snapshot) => {
        setFleet(snapshot);
        emit({ kind: 'fleetLoaded', tills: snapshot.tills.length, file });
      },
      (detail) => emit({ kind: 'fleetRejected', file, detail }),
      options.lang,
    );
    fleetFile.loadOrThrow();
    fleetFile.watch();
  } else {
    setFleet(options.fleet ?? demoFleet());
    emit({ kind: 'fleetLoaded', tills: fleet.tills.length });
  }

  const server = net.createServer((socket) => {
    const spid = nextSpid++;
    new Session(spid, socket, {
      db,
      log,
      faults: faultState,
      user: options.user ?? 'kassavakt',
      password: options.password ?? 'kassavakt',
      database,
      beforeRequest: () => fleetFile?.refresh(),
      onLogin: (s) => {
        live.set(s.spid, s);
        refreshSessions();
        emit({ kind: 'login', session: s.spid, host: s.login?.hostName ?? '', program: s.login?.appName ?? '', user: s.login?.userName ?? '' });
      },
      onClose: (s) => {
        if (live.delete(s.spid) && !stopped) {
          refreshSessions();
          emit({ kind: 'disconnect', session: s.spid });
        }
      },
      onLoginRefused: (user, address) => emit({ kind: 'loginRefused', user, address }),
    });
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const sockets = new Set<net.Socket>();
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(options.port ?? 0);
  const port = (server.address() as net.AddressInfo).port;

  let browser: dgram.Socket | undefined;
  if (options.browserPort !== null) {
    try {
      browser = await startBrowser(host, options.browserPort ?? 0, {
        instance,
        machineName: () => db.machineName,
        tcpPort: () => port,
        silent: () => faultState.browserSilent,
      });
    } catch (error) {
      server.close();
      fleetFile?.close();
      throw error;
    }
  }
  const browserPort = browser ? browser.address().port : null;

  const faults: Faults = {
    refuseLogins: (on = true) => void (faultState.refuseLogins = on),
    delay: (ms) => void (faultState.delayMs = Math.max(0, ms)),
    dropMidResult: (on = true) => void (faultState.dropMidResult = on),
    browserSilent: (on = true) => void (faultState.browserSilent = on),
    denyMsdb: (on = true) => void (faultState.denyMsdb = on),
    denyServerState: (on = true) => void (faultState.denyServerState = on),
    refuseConnections: async (on = true) => {
      if (on === faultState.refuseConnections) return;
      faultState.refuseConnections = on;
      if (on) await new Promise<void>((resolve) => server.close(() => resolve()));
      else await listen(port);
    },
    clear: async () => {
      await faults.refuseConnections(false);
      Object.assign(faultState, noFaults());
    },
  };

  return {
    host,
    port,
    browserPort,
    instance,
    get machineName() {
      return db.machineName;
    },
    statements: () => log.all(),
    sessions: () =>
      [...live.values()].map((s) => ({
        id: s.spid,
        hostName: s.login?.hostName ?? '',
        appName: s.login?.appName ?? '',
        userName: s.login?.userName ?? '',
        address: s.address,
        database: s.settings.database,
        isolationLevel: s.settings.isolationLevel,
        lockTimeout: s.settings.lockTimeout,
        options: { ...s.settings.options },
      })),
    faults,
    setFleet,
    stop: async () => {
      stopped = true;
      fleetFile?.close();
      browser?.close();
      for (const socket of sockets) socket.destroy();
      if (!faultState.refuseConnections) await new Promise<void>((resolve) => server.close(() => resolve()));
      db.db.close();
    },
  };
}
