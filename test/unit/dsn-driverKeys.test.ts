// Where a DSN's driver connects, from every key that decides it, and which keys a repair changes: FreeTDS
// (odbc.ini; its rules as tdsodbc 1.3 and isql showed them, see test/system/dsn-unixodbc.test.ts for
// the real driver) and Microsoft's SQL Server drivers (the registry DSN and client aliases).
import { describe, expect, it } from 'vitest';
import type { ServerAddress } from '../../src/core/serverString.js';
import type { DsnReading, DsnValues } from '../../src/platform/dsn/dsnStore.js';
import { freetdsChanges, freetdsTarget } from '../../src/platform/dsn/freetdsKeys.js';
import { sqlServerChanges, sqlServerTarget } from '../../src/platform/dsn/sqlServerKeys.js';

const keys = (values: Record<string, string>) => (key: string) => values[key] || undefined;
const noAlias = () => undefined;

function freetds(values: Record<string, string>): DsnReading {
  return { location: 'odbc.ini', values: { Server: values.Server ?? null, Port: values.Port ?? null }, target: freetdsTarget(keys(values)) };
}
const changes = (values: Record<string, string>, server: ServerAddress): DsnValues => freetdsChanges(freetds(values), server);

describe('FreeTDS (tdsodbc) keys', () => {
  it('connects where Server says: an instance through the Browser, or a port', () => {
    expect(freetdsTarget(keys({ Server: 'KASSA1\\PCKASSA' }))).toEqual({ kind: 'server', server: { host: 'KASSA1', instance: 'PCKASSA' } });
    expect(freetdsTarget(keys({ Server: 'KASSA1,1500' }))).toEqual({ kind: 'server', server: { host: 'KASSA1', port: 1500 } });
  });

  it('lets a Port key win over the instance and over the port in Server, keeping what Server names as a hint', () => {
    expect(freetdsTarget(keys({ Server: 'KASSA1\\PCKASSA', Port: '1433' }))).toEqual({
      kind: 'server',
      server: { host: 'KASSA1', port: 1433 },
      named: { host: 'KASSA1', instance: 'PCKASSA' },
    });
    expect(freetdsTarget(keys({ Server: 'KASSA1,1500', Port: '1433' }))).toMatchObject({ server: { host: 'KASSA1', port: 1433 } });
    expect(freetdsTarget(keys({ Server: 'KASSA1,1433', Port: '1433' }))).toEqual({ kind: 'server', server: { host: 'KASSA1', port: 1433 } });
  });

  it('names no server for an empty or missing Server, and refuses values the driver cannot use', () => {
    expect(freetdsTarget(keys({ Server: '' }))).toEqual({ kind: 'none' });
    expect(freetdsTarget(keys({ Server: 'KASSA1\\PCKASSA,1500' }))).toMatchObject({ kind: 'invalid', key: 'Server', problem: 'badInstance' });
    expect(freetdsTarget(keys({ Server: 'KASSA1', Port: '14x3' }))).toMatchObject({ kind: 'invalid', key: 'Port', problem: 'badPort' });
  });

  it('says the target is decided elsewhere by Servername (freetds.conf) or Address', () => {
    expect(freetdsTarget(keys({ Servername: 'huvudkassa', Server: 'KASSA1' }))).toEqual({ kind: 'elsewhere', key: 'Servername', value: 'huvudkassa' });
    expect(freetdsTarget(keys({ Address: '192.168.99.60', Server: 'KASSA1\\PCKASSA' }))).toEqual({ kind: 'elsewhere', key: 'Address', value: '192.168.99.60' });
  });

  it('writes an instance into Server and empties a Port key that would override it', () => {
    expect(changes({ Server: 'KASSA1\\PCKASSA1', Port: '1433' }, { host: 'KASSA1', instance: 'PCKASSA' })).toEqual({ Server: 'KASSA1\\PCKASSA', Port: '' });
    expect(freetdsTarget(keys({ Server: 'KASSA1\\PCKASSA', Port: '' }))).toEqual({ kind: 'server', server: { host: 'KASSA1', instance: 'PCKASSA' } });
    expect(changes({ Server: 'KASSA1\\PCKASSA1' }, { host: 'KASSA1', instance: 'PCKASSA' })).toEqual({ Server: 'KASSA1\\PCKASSA' });
  });

  it('writes a port into Server and into a Port key that is there, never beside an instance', () => {
    expect(changes({ Server: 'KASSA1\\PCKASSA', Port: '1433' }, { host: 'KASSA1', port: 1500 })).toEqual({ Server: 'KASSA1,1500', Port: '1500' });
    expect(changes({ Server: 'KASSA1\\PCKASSA' }, { host: 'KASSA1', instance: 'PCKASSA', port: 1500 })).toEqual({ Server: 'KASSA1,1500' });
  });

  it('changes nothing when the driver already goes there', () => {
    expect(changes({ Server: 'kassa1\\pckassa' }, { host: 'KASSA1', instance: 'PCKASSA' })).toEqual({});
    expect(changes({ Server: 'KASSA1\\X', Port: '1500' }, { host: 'KASSA1', port: 1500 })).toEqual({});
  });
});

describe('SQL Server driver keys (registry DSN)', () => {
  it('connects where Server says, unless Address overrides it', () => {
    expect(sqlServerTarget(keys({ Server: 'KASSA1\\PCKASSA' }), noAlias)).toEqual({ kind: 'server', server: { host: 'KASSA1', instance: 'PCKASSA' } });
    expect(sqlServerTarget(keys({ Server: 'KASSA1\\PCKASSA', Address: '192.168.99.60,1433' }), noAlias)).toEqual({
      kind: 'elsewhere',
      key: 'Address',
      value: '192.168.99.60,1433',
    });
  });

  it('follows a TCP client alias, and refuses one over named pipes', () => {
    const aliases: Record<string, string> = { 'kassa1\\pckassa': 'DBMSSOCN,192.168.99.70,1500', kassa2: 'DBNMPNTW,\\\\KASSA2\\pipe\\sql\\query' };
    const alias = (name: string) => aliases[name.toLowerCase()];
    expect(sqlServerTarget(keys({ Server: 'KASSA1\\PCKASSA' }), alias)).toEqual({
      kind: 'server',
      server: { host: '192.168.99.70', port: 1500 },
      named: { host: 'KASSA1', instance: 'PCKASSA' },
    });
    expect(sqlServerTarget(keys({ Server: 'KASSA2' }), alias)).toEqual({ kind: 'elsewhere', key: 'ConnectTo\\KASSA2', value: 'DBNMPNTW,\\\\KASSA2\\pipe\\sql\\query' });
  });

  it('writes Server alone, and nothing when the DSN already leads there', () => {
    const reading: DsnReading = { location: 'HKLM', values: { Server: 'OLD\\PCKASSA' }, target: { kind: 'server', server: { host: 'OLD', instance: 'PCKASSA' } } };
    expect(sqlServerChanges(reading, { host: 'KASSA1', port: 1500 })).toEqual({ Server: 'KASSA1,1500' });
    expect(sqlServerChanges(reading, { host: 'old', instance: 'pckassa' })).toEqual({});
  });
});
