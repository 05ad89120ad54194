// The sim's data: an in-memory SQLite with the reference schema. Schemas dbo, sys and
// INFORMATION_SCHEMA are attached databases, so `dbo.Kassor` and `sys.dm_exec_sessions` resolve
// natively; T-SQL built-ins are registered as SQLite functions.
import type { FleetSnapshot } from '../../core/fleet.js';
import { DEFAULT_LANG } from '../../core/i18n.js';
import type { MainTillHealth } from '../../core/mainTill.js';
import { openSqlite, type SqliteDatabase } from '../../platform/sqlite/index.js';
import { PRODUCT_VERSION, versionBanner } from '../serverInfo.js';
import { sqlDateText } from '../tds/sqlTypes.js';
import { MAIN_TILL_SCHEMA, mainTillRows } from './mainTillData.js';

/** One row of sys.dm_exec_sessions / dm_exec_connections. */
export interface SessionRow {
  sessionId: number;
  loginTime: Date;
  hostName: string | null;
  programName: string | null;
  loginName: string | null;
  clientAddress: string | null;
  isUserProcess: boolean;
}

export interface ServerNames {
  machineName: string;
  instance: string;
  database: string;
}

/** The session whose statement is running; read by @@SPID and friends. */
export interface CurrentSession {
  spid: number;
  login: string;
  database: string;
  language: string;
  lockTimeout: number;
}

const SCHEMA = `
ATTACH ':memory:' AS dbo;
ATTACH ':memory:' AS sys;
ATTACH ':memory:' AS INFORMATION_SCHEMA;
CREATE TABLE dbo.Kassor (
  KassaNr int NOT NULL,
  KlientID int NULL,
  Datornamn nvarchar(64) NOT NULL COLLATE NOCASE,
  Programversion nvarchar(32) NULL COLLATE NOCASE,
  Utgava nvarchar(16) NULL COLLATE NOCASE,
  Backoffice bit NOT NULL,
  IPAdress nvarchar(45) NULL COLLATE NOCASE,
  SenastInloggad datetime2 NULL
);
CREATE TABLE sys.dm_exec_sessions (
  session_id int NOT NULL, login_time datetime NOT NULL, host_name nvarchar(128) NULL COLLATE NOCASE,
  program_name nvarchar(128) NULL COLLATE NOCASE, login_name nvarchar(128) NOT NULL COLLATE NOCASE,
  status nvarchar(30) NOT NULL COLLATE NOCASE, is_user_process bit NOT NULL
);
CREATE TABLE sys.dm_exec_connections (
  session_id int NULL, connect_time datetime NOT NULL, client_net_address varchar(48) NULL,
  net_transport nvarchar(40) NOT NULL COLLATE NOCASE
);
CREATE INDEX sys.dm_exec_connections_session ON dm_exec_connections (session_id);
CREATE TABLE sys.databases (name sysname NOT NULL COLLATE NOCASE, database_id int NOT NULL, state_desc nvarchar(60) NULL);
CREATE TABLE INFORMATION_SCHEMA.TABLES (
  TABLE_CATALOG nvarchar(128) NULL COLLATE NOCASE, TABLE_SCHEMA nvarchar(128) NULL COLLATE NOCASE,
  TABLE_NAME sysname NOT NULL COLLATE NOCASE, TABLE_TYPE varchar(10) NULL
);
CREATE TABLE INFORMATION_SCHEMA.COLUMNS (
  TABLE_CATALOG nvarchar(128) NULL COLLATE NOCASE, TABLE_SCHEMA nvarchar(128) NULL COLLATE NOCASE,
  TABLE_NAME sysname NOT NULL COLLATE NOCASE, COLUMN_NAME sysname NULL COLLATE NOCASE, ORDINAL_POSITION int NULL,
  DATA_TYPE nvarchar(128) NULL COLLATE NOCASE, IS_NULLABLE varchar(3) NULL, CHARACTER_MAXIMUM_LENGTH int NULL
);
`;

export class SimDatabase {
  readonly db: SqliteDatabase;
  current: CurrentSession = { spid: 0, login: '', database: '', language: 'us_english', lockTimeout: -1 };
  private mainTill: Required<MainTillHealth> | null = null;
  /** FILEPROPERTY's answers for the PC-Kassa database's files, by lower-case file name. */
  private fileProperties = new Map<string, { SPACEUSED: number; ISLOGFILE: number; ISPRIMARYFILE: number; ISREADONLY: number }>();
  private readonly databaseIds: ReadonlyMap<string, number>;

  constructor(private readonly names: ServerNames) {
    this.databaseIds = new Map([['master', 1], ['tempdb', 2], ['msdb', 4], [names.database.toLowerCase(), 5]]);
    this.db = openSqlite(':memory:', DEFAULT_LANG);
    this.db.exec(SCHEMA);
    this.db.exec(MAIN_TILL_SCHEMA);
    this.registerFunctions();
    this.fillCatalog();
    this.db.pragma('query_only = ON');
  }

  get machineName(): string {
    return this.names.machineName;
  }

  set machineName(name: string) {
    this.names.machineName = name;
  }

  /** The database of this name as the catalog spells it (names compare without case), or undefined. */
  databaseNamed(name: string): string | undefined {
    return (this.db.prepare('SELECT name FROM sys.databases WHERE name = ?').get(name) as { name: string } | undefined)?.name;
  }

  /** Replaces the tills; throws (keeping the old rows) when a Client ID is not a number. */
  loadFleet(snapshot: FleetSnapshot): void {
    const rows = snapshot.tills.map((till, i) => {
      let clientId: number | null = null;
      if (till.clientId !== undefined) {
        const text = String(till.clientId).trim();
        if (!/^\d+$/.test(text)) throw new Error(`tills[${i}].clientId "${text}" is not a number`);
        clientId = Number(text);
      }
      return {
        nr: i + 1,
        clientId,
        name: till.name,
        version: till.version ?? null,
        edition: till.edition ?? null,
        backoffice: till.role === 'backoffice' ? 1 : 0,
        address: till.address ?? null,
        lastSeen: till.lastSeen ? sqlDateText(new Date(till.lastSeen)) : null,
      };
    });
    this.write(() => {
      this.db.exec('DELETE FROM dbo.Kassor');
      const insert = this.db.prepare(
        'INSERT INTO dbo.Kassor VALUES (@nr, @clientId, @name, @version, @edition, @backoffice, @address, @lastSeen)',
      );
      for (const row of rows) insert.run(row);
    });
  }

  /** The main till's edition, database files, volume, start time and backups (sim/sql/mainTillData). */
  loadMainTill(health: Required<MainTillHealth>): void {
    const rows = mainTillRows(health, this.names.database, this.databaseId(this.names.database)!);
    this.write(() => {
      this.db.exec('DELETE FROM sys.database_files; DELETE FROM sys.dm_os_sys_info; DELETE FROM sys.dm_os_volume_stats; DELETE FROM msdb.backupset; DELETE FROM msdb.backupmediafamily;');
      const fill = (table: string, values: unknown[][]) => {
        if (values.length === 0) return;
        const insert = this.db.prepare(`INSERT INTO ${table} VALUES (${values[0]!.map(() => '?').join(', ')})`);
        for (const row of values) insert.run(...row);
      };
      fill('sys.database_files', rows.databaseFiles);
      fill('sys.dm_os_sys_info', rows.sysInfo);
      fill('sys.dm_os_volume_stats', rows.volumeStats);
      fill('msdb.backupset', rows.backupsets);
      fill('msdb.backupmediafamily', rows.mediaFamilies);
    });
    this.fileProperties = new Map(
      rows.databaseFiles.map((file) => {
        const [, type, , name] = file as [number, number, string, string];
        const used = rows.usedPages.get(name) ?? 0;
        return [name.toLowerCase(), { SPACEUSED: used, ISLOGFILE: type === 1 ? 1 : 0, ISPRIMARYFILE: file[0] === 1 ? 1 : 0, ISREADONLY: 0 }];
      }),
    );
    this.mainTill = health;
  }

  /** DB_ID(): answered without a query, since SQLite cannot run one inside the statement calling it. */
  private databaseId(name: string): number | undefined {
    return this.databaseIds.get(name.toLowerCase());
  }

  /** FILEPROPERTY(file, property): NULL for a file of another database than the current one, or an unknown property. */
  private fileProperty(file: unknown, property: unknown): number | null {
    if (file === null || property === null) return null;
    if ((this.current.database || this.names.database).toLowerCase() !== this.names.database.toLowerCase()) return null;
    const properties = this.fileProperties.get(String(file).toLowerCase());
    const key = String(property).toUpperCase();
    return properties !== undefined && key in properties ? properties[key as keyof typeof properties] : null;
  }

  setSessions(sessions: readonly SessionRow[]): void {
    this.write(() => {
      this.db.exec('DELETE FROM sys.dm_exec_sessions; DELETE FROM sys.dm_exec_connections;');
      const session = this.db.prepare('INSERT INTO sys.dm_exec_sessions VALUES (?, ?, ?, ?, ?, ?, ?)');
      const connection = this.db.prepare('INSERT INTO sys.dm_exec_connections VALUES (?, ?, ?, ?)');
      for (const s of sessions) {
        const at = sqlDateText(s.loginTime);
        session.run(s.sessionId, at, s.hostName, s.programName, s.loginName ?? 'sa', s.isUserProcess ? 'sleeping' : 'background', s.isUserProcess ? 1 : 0);
        if (s.isUserProcess) connection.run(s.sessionId, at, s.clientAddress ?? '127.0.0.1', 'TCP');
      }
    });
  }

  private write(change: () => void): void {
    this.db.pragma('query_only = OFF');
    try {
      this.db.transaction(change);
    } finally {
      this.db.pragma('query_only = ON');
    }
  }

  private fillCatalog(): void {
    const { database } = this.names;
    this.db.prepare("INSERT INTO sys.databases VALUES ('master', 1, 'ONLINE'), ('tempdb', 2, 'ONLINE'), (?, 5, 'ONLINE')").run(database);
    const tables = this.db.prepare("SELECT name FROM dbo.sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    const addTable = this.db.prepare("INSERT INTO INFORMATION_SCHEMA.TABLES VALUES (?, 'dbo', ?, 'BASE TABLE')");
    const addColumn = this.db.prepare("INSERT INTO INFORMATION_SCHEMA.COLUMNS VALUES (?, 'dbo', ?, ?, ?, ?, ?, ?)");
    for (const { name } of tables) {
      addTable.run(database, name);
      const columns = this.db.prepare(`PRAGMA dbo.table_info(${name})`).all() as Array<{ cid: number; name: string; type: string; notnull: number }>;
      for (const c of columns) {
        const m = /^(\w+)(?:\((\d+)\))?/.exec(c.type)!;
        addColumn.run(database, name, c.name, c.cid + 1, m[1]!.toLowerCase(), c.notnull ? 'NO' : 'YES', m[2] ? Number(m[2]) : null);
      }
    }
  }

  private registerFunctions(): void {
    const fn = (name: string, impl: (...args: never[]) => unknown) =>
      this.db.function(name, impl as (...args: unknown[]) => unknown);
    const now = () => sqlDateText(new Date());
    fn('getdate', now);
    fn('getutcdate', now);
    fn('sysdatetime', now);
    fn('sysutcdatetime', now);
    fn('db_name', () => this.current.database || this.names.database);
    // DB_ID() and DB_ID(name): SQLite keeps one function per argument count.
    fn('db_id', () => this.databaseId(this.current.database || this.names.database) ?? null);
    fn('db_id', (name: unknown) => (name === null ? null : (this.databaseId(String(name)) ?? null)));
    fn('suser_sname', () => this.current.login);
    fn('fileproperty', (file: unknown, property: unknown) => this.fileProperty(file, property));
    fn('sim_len', (value: unknown) => (value === null ? null : String(value).replace(/ +$/, '').length));
    fn('serverproperty', (property: string) => this.serverProperty(String(property)));
    fn('sim_global', (name: string) => {
      switch (name) {
        case 'VERSION':
          return versionBanner();
        case 'SPID':
          return this.current.spid;
        case 'SERVERNAME':
          return this.serverName;
        case 'SERVICENAME':
          return this.names.instance;
        case 'LANGUAGE':
          return this.current.language;
        case 'LOCK_TIMEOUT':
          return this.current.lockTimeout;
        case 'TRANCOUNT':
        case 'ROWCOUNT':
        case 'ERROR':
          return 0;
        default:
          throw new Error(`Must declare the scalar variable "@@${name}".`);
      }
    });
  }

  get serverName(): string {
    return `${this.names.machineName}\\${this.names.instance}`;
  }

  private serverProperty(property: string): string | number | null {
    switch (property.toLowerCase()) {
      case 'machinename':
      case 'computernamephysicalnetbios':
        return this.names.machineName;
      case 'servername':
        return this.serverName;
      case 'instancename':
        return this.names.instance;
      case 'productversion':
        return PRODUCT_VERSION;
      case 'productlevel':
        return 'RTM';
      case 'edition':
        return this.mainTill?.edition ?? null;
      case 'engineedition':
        return this.mainTill?.engineEdition ?? null;
      case 'isintegratedsecurityonly':
        return 0;
      case 'collation':
        return 'Finnish_Swedish_CI_AS';
      default:
        return null;
    }
  }
}
