// One client connection to the sim: PRELOGIN → LOGIN7 → requests (SQL batches and sp_executesql
// RPCs) answered from the SQLite data, with ATTENTION honoured. Requests run one at a time, as TDS
// allows; an attention is handled out of band.
import type { Socket } from 'node:net';
import type { FaultState } from '../faults.js';
import type { SimDatabase } from '../sql/database.js';
import { splitStatements, type BatchStatement } from '../sql/split.js';
import { compileError, defaultSettings, runStatement, type Access, type Outcome, type SessionSettings } from '../sql/statements.js';
import type { StatementLog } from '../statementLog.js';
import { parseLogin7, type Login7 } from './login7.js';
import { framePackets, MessageReader, PACKET_TYPE, type ClientMessage } from './packets.js';
import { preloginResponse } from './prelogin.js';
import { planProcedure, PreparedStatements } from './procedures.js';
import { parseRpc, skipAllHeaders, UnsupportedParameterError } from './rpc.js';
import type { SqlValue } from './sqlTypes.js';
import * as tok from './tokens.js';

export interface SessionContext {
  db: SimDatabase;
  log: StatementLog;
  faults: Readonly<FaultState>;
  user: string;
  password: string;
  database: string;
  /** Called before each request, e.g. to pick up an edited fleet file. */
  beforeRequest(): void;
  onLogin(session: Session): void;
  onClose(session: Session): void;
  onLoginRefused(user: string, address: string): void;
}

const DEFAULT_PACKET_SIZE = 4096;

/** Split batches by text, as SQL Server keeps plans: a monitor sends the same poll batch every minute. */
const splitCache = new Map<string, BatchStatement[]>();
const SPLIT_CACHE_SIZE = 100;

/** COLMETADATA per column list: a compiled SELECT hands back the same list every time. */
const metadataCache = new WeakMap<readonly tok.Column[], Buffer>();

function columnMetadata(columns: readonly tok.Column[]): Buffer {
  let metadata = metadataCache.get(columns);
  if (metadata === undefined) metadataCache.set(columns, (metadata = tok.colMetadata(columns)));
  return metadata;
}

/** A session's latest batches by their bytes: comparing bytes is cheaper than decoding and hashing the text. */
class RecentBatches {
  private readonly entries: Array<{ bytes: Buffer; statements: BatchStatement[] }> = [];

  statements(bytes: Buffer): BatchStatement[] {
    const found = this.entries.find((entry) => entry.bytes.equals(bytes));
    if (found !== undefined) return found.statements;
    const statements = splitCached(bytes.toString('utf16le'));
    if (this.entries.length >= RECENT_BATCHES) this.entries.pop();
    this.entries.unshift({ bytes: Buffer.from(bytes), statements });
    return statements;
  }
}
const RECENT_BATCHES = 4;

function splitCached(batch: string): BatchStatement[] {
  let statements = splitCache.get(batch);
  if (statements === undefined) {
    statements = splitStatements(batch);
    if (splitCache.size >= SPLIT_CACHE_SIZE) splitCache.delete(splitCache.keys().next().value!);
    splitCache.set(batch, statements);
  }
  return statements;
}
/** Split batches that compiled, with the contexts (database, rights) they compiled in. */
const compilingBatches = new WeakMap<readonly BatchStatement[], Set<string>>();

const KNOWN_TDS = [0x72090002, 0x730a0003, 0x730b0003, tok.TDS_7_4];

export class Session {
  login?: Login7;
  settings: SessionSettings;
  readonly connectedAt = new Date();
  private packetSize = DEFAULT_PACKET_SIZE;
  private readonly reader = new MessageReader();
  private queue: Promise<void> = Promise.resolve();
  private busy = false;
  private attention = false;
  private wakeUp?: () => void;
  private readonly prepared = new PreparedStatements();
  private readonly recentBatches = new RecentBatches();

  constructor(
    readonly spid: number,
    readonly socket: Socket,
    private readonly ctx: SessionContext,
  ) {
    this.settings = defaultSettings(ctx.database);
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => ctx.onClose(this));
  }

  get address(): string {
    return (this.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  }

  private receive(chunk: Buffer): void {
    let messages: ClientMessage[];
    try {
      messages = this.reader.feed(chunk);
    } catch {
      this.socket.destroy();
      return;
    }
    for (const message of messages) {
      if (message.type === PACKET_TYPE.attention) this.onAttention();
      else
        this.queue = this.queue
          .then(() => this.handle(message))
          .catch(() => {
            this.socket.destroy();
          });
    }
  }

  private onAttention(): void {
    this.attention = true;
    this.wakeUp?.();
    // An attention after the answer was sent still needs its acknowledgement.
    if (!this.busy) this.queue = this.queue.then(() => this.acknowledgeAttention());
  }

  private acknowledgeAttention(): void {
    if (!this.attention) return;
    this.attention = false;
    this.send([tok.done(tok.DONE_STATUS.attention, 0)]);
  }

  private send(tokens: Buffer[], last = true): void {
    if (this.socket.destroyed) return;
    this.socket.write(framePackets(PACKET_TYPE.tabularResult, Buffer.concat(tokens), this.packetSize, this.spid, last));
  }

  private async handle(message: ClientMessage): Promise<void> {
    if (this.socket.destroyed) return;
    if (message.type === PACKET_TYPE.prelogin && !this.login) {
      this.socket.write(framePackets(PACKET_TYPE.tabularResult, preloginResponse(), this.packetSize, 0));
      return;
    }
    if (message.type === PACKET_TYPE.login7 && !this.login) return this.handleLogin(message.payload);
    if (!this.login) {
      this.socket.destroy();
      return;
    }
    if (message.resetConnection) this.settings = defaultSettings(this.ctx.database);
    this.busy = true;
    try {
      await this.handleRequest(message);
    } finally {
      this.busy = false;
    }
  }

  private handleLogin(payload: Buffer): void {
    const login = parseLogin7(payload);
    const serverName = this.ctx.db.machineName;
    const refuse = (messages: tok.ServerMessage[]) => {
      this.ctx.onLoginRefused(login.userName, this.address);
      this.send([...messages.map((m) => tok.error(m, serverName)), tok.done(tok.DONE_STATUS.error, 0)]);
      this.socket.end();
    };
    const loginFailed = (state: number): tok.ServerMessage => ({
      number: 18456, state, severity: 14, text: `Login failed for user '${login.userName}'.`,
    });
    if (login.integratedSecurity) {
      return refuse([{ number: 18452, state: 1, severity: 14, text: 'Login failed. The login is from an untrusted domain and cannot be used with Integrated authentication.' }]);
    }
    const userOk = login.userName.toLowerCase() === this.ctx.user.toLowerCase();
    if (this.ctx.faults.refuseLogins || !userOk || login.password !== this.ctx.password) {
      return refuse([loginFailed(userOk ? 8 : 5)]);
    }
    const requested = login.database || this.ctx.database;
    const known = this.ctx.db.databaseNamed(requested);
    if (known === undefined) {
      return refuse([
        { number: 4060, state: 1, severity: 11, text: `Cannot open database "${requested}" requested by the login. The login failed.` },
        loginFailed(1),
      ]);
    }
    this.login = login;
    this.settings.database = known;
    if (login.packetSize >= 512 && login.packetSize <= 32767) this.packetSize = login.packetSize;
    const version = KNOWN_TDS.includes(login.tdsVersion) ? login.tdsVersion : tok.TDS_7_4;
    this.ctx.onLogin(this);
    this.send([
      tok.databaseChange(known),
      tok.info({ number: 5701, state: 2, severity: 0, text: `Changed database context to '${known}'.` }, serverName),
      tok.collationChange(),
      tok.languageChange('us_english'),
      tok.info({ number: 5703, state: 1, severity: 0, text: 'Changed language setting to us_english.' }, serverName),
      tok.loginAck(version),
      tok.packetSizeChange(this.packetSize),
      tok.done(tok.DONE_STATUS.final, 0),
    ]);
  }

  private async handleRequest(message: ClientMessage): Promise<void> {
    this.ctx.beforeRequest();
    const inProc = message.type === PACKET_TYPE.rpc;
    const request = this.ctx.log.newRequest();
    let statements: BatchStatement[] = [];
    let params: Record<string, SqlValue> = {};
    let outputs: Buffer[] = [];
    const early: Outcome[] = [];
    if (message.type === PACKET_TYPE.sqlBatch) {
      statements = this.recentBatches.statements(message.payload.subarray(skipAllHeaders(message.payload)));
    } else if (inProc) {
      try {
        const call = parseRpc(message.payload);
        const plan = planProcedure(call, this.prepared);
        if (plan.error) {
          this.ctx.log.add(this.spid, `EXEC ${call.procedure}`, request);
          early.push({ kind: 'error', messages: [plan.error] });
        }
        statements = splitCached(plan.sql);
        params = plan.params;
        outputs = plan.outputs;
      } catch (e) {
        const detail = e instanceof UnsupportedParameterError ? `Parameter ${e.message}` : 'The request';
        early.push(error(8016, `The incoming tabular data stream (TDS) remote procedure call (RPC) protocol stream is incorrect. ${detail} is not supported by this server.`, 16, 1));
      }
    } else {
      early.push(error(40000, 'This kind of request is not supported by this server.', 16, 1));
    }

    for (const statement of statements) this.ctx.log.add(this.spid, statement.sql, request);
    // Session setup (a batch of SETs, as drivers send right after login) is not slowed down.
    const isSetup = early.length === 0 && statements.every((statement) => /^\s*SET\s/i.test(statement.sql));
    if (this.ctx.faults.delayMs > 0 && !isSetup) await this.sleep(this.ctx.faults.delayMs);
    const tokens: Buffer[] = [];
    // SQL Server compiles the batch before running it: a statement that does not compile fails all.
    const notCompiling = this.firstCompileError(statements);
    const outcomes: Array<() => Outcome> = notCompiling
      ? [() => notCompiling]
      : [...early.map((o) => () => o), ...statements.map((statement) => () => this.run(statement, params))];
    const doneKind = inProc ? 'doneInProc' : 'done';
    let failed = false;
    for (let i = 0; i < outcomes.length; i++) {
      if (this.attention) break;
      const outcome = outcomes[i]!();
      const endsBatch = outcome.kind === 'error' && outcome.endsBatch === true;
      const more = (i < outcomes.length - 1 && !endsBatch) || inProc ? tok.DONE_STATUS.more : 0;
      if (outcome.kind === 'rows') {
        tokens.push(columnMetadata(outcome.columns));
        for (const [n, values] of outcome.rows.entries()) {
          tokens.push(tok.row(outcome.columns, values));
          if (this.ctx.faults.dropMidResult && n < outcome.rows.length - 1) {
            this.send(tokens, false);
            this.socket.destroy();
            return;
          }
        }
        const count = this.settings.noCount ? 0 : tok.DONE_STATUS.count;
        tokens.push(tok.done(more | count, tok.CUR_CMD.select, outcome.rows.length, doneKind));
      } else if (outcome.kind === 'error') {
        failed = true;
        tokens.push(...outcome.messages.map((m) => tok.error(m, this.ctx.db.machineName)), tok.done(more | tok.DONE_STATUS.error, 0, 0, doneKind));
      } else if (outcome.kind === 'use') {
        tokens.push(
          tok.databaseChange(outcome.database, this.settings.database),
          tok.info({ number: 5701, state: 1, severity: 0, text: `Changed database context to '${outcome.database}'.` }, this.ctx.db.machineName),
          tok.done(more, tok.CUR_CMD.use, 0, doneKind),
        );
        this.settings.database = outcome.database;
      } else {
        tokens.push(tok.done(more, tok.CUR_CMD.set, 0, doneKind));
      }
      if (endsBatch) break;
    }
    if (this.attention) {
      // The cancelled request's answer ends first, then the acknowledgement follows as its own
      // message: tedious reads them as two messages (FreeTDS skips everything up to DONE_ATTN).
      this.send([tok.done(tok.DONE_STATUS.final, 0)]);
      this.acknowledgeAttention();
      return;
    }
    if (inProc) tokens.push(tok.returnStatus(failed ? -6 : 0), ...outputs, tok.done(failed ? tok.DONE_STATUS.error : 0, 0, 0, 'doneProc'));
    if (tokens.length === 0) tokens.push(tok.done(0, 0));
    this.send(tokens);
  }

  /** What the faults leave this login allowed to read. */
  private get access(): Access {
    return { msdb: !this.ctx.faults.denyMsdb, viewServerState: !this.ctx.faults.denyServerState };
  }

  private firstCompileError(statements: readonly BatchStatement[]): Outcome | null {
    // The schema does not change: a batch that compiled in this database with these rights still does.
    const context = `${this.settings.database}\u0000${this.access.viewServerState}`;
    let compiledIn = compilingBatches.get(statements);
    if (compiledIn?.has(context)) return null;
    for (const statement of statements) {
      this.setCurrent();
      const outcome = compileError(statement.sql, this.settings, this.ctx.db, this.access);
      if (outcome?.kind === 'error') return { ...outcome, messages: outcome.messages.map((m) => ({ ...m, line: statement.line })) };
    }
    if (compiledIn === undefined) compilingBatches.set(statements, (compiledIn = new Set()));
    compiledIn.add(context);
    return null;
  }

  private setCurrent(): void {
    this.ctx.db.current = {
      spid: this.spid,
      login: this.login?.userName ?? '',
      database: this.settings.database,
      language: this.settings.language,
      lockTimeout: this.settings.lockTimeout,
    };
  }

  private run(statement: BatchStatement, params: Record<string, SqlValue>): Outcome {
    this.setCurrent();
    const outcome = runStatement(statement.sql, this.settings, this.ctx.db, params, this.access);
    return outcome.kind === 'error' ? { ...outcome, messages: outcome.messages.map((m) => ({ ...m, line: statement.line })) } : outcome;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
      if (this.attention) done();
    }).then(() => {
      this.wakeUp = undefined;
    });
  }
}

function error(number: number, text: string, severity: number, state: number): Outcome {
  return { kind: 'error', messages: [{ number, text, severity, state }] };
}
