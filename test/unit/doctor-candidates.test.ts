// The doctor's pure parts: reading a SQL Server Browser answer, and ranking the other ways to
// write the main till's server string.
import { describe, expect, it } from 'vitest';
import { encodeInstanceRequest, parseServerResponse } from '../../src/core/sqlBrowser.js';
import { nextCandidates, type Discovery } from '../../src/monitor/doctor/candidates.js';

function svrResp(text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const head = Buffer.from([0x05, 0, 0]);
  head.writeUInt16LE(body.length, 1);
  return Buffer.concat([head, body]);
}

describe('SQL Server Browser answers', () => {
  it('reads several instances, with and without TCP', () => {
    const answer = svrResp(
      'ServerName;KASSA1;InstanceName;PCKASSA;IsClustered;No;Version;15.0.2000.5;tcp;50123;;' +
        'ServerName;KASSA1;InstanceName;PCKASSA1;IsClustered;No;Version;15.0.2000.5;np;\\\\KASSA1\\pipe\\MSSQL$PCKASSA1\\sql\\query;;',
    );
    expect(parseServerResponse(answer)).toEqual([
      { serverName: 'KASSA1', instanceName: 'PCKASSA', version: '15.0.2000.5', tcpPort: 50123 },
      { serverName: 'KASSA1', instanceName: 'PCKASSA1', version: '15.0.2000.5', tcpPort: undefined },
    ]);
  });

  it('ignores what is not an SVR_RESP', () => {
    expect(parseServerResponse(Buffer.from([0x04, 0x41]))).toBeNull();
  });

  it('asks for one instance with a zero-terminated name', () => {
    expect([...encodeInstanceRequest('PCKASSA')]).toEqual([0x04, ...Buffer.from('PCKASSA'), 0]);
  });
});

describe('nextCandidates', () => {
  const discovery: Discovery = {
    host: '192.168.99.61',
    aliases: [{ host: 'kassa1.lan', origin: 'reverseDns' }],
    listed: [{ serverName: 'KASSA1', instanceName: 'PCKASSA2', tcpPort: 50200 }],
    standardPortListens: false,
  };

  it('tries the other names of the host first, then the listed instances, none twice', () => {
    const candidates = nextCandidates(
      { host: '192.168.99.61', instance: 'PCKASSA' },
      [discovery],
      { machineName: 'kassa1', address: '192.168.99.60' },
      new Set(['192.168.99.61\\PCKASSA']),
    );
    expect(candidates.map((c) => [`${c.server.host}\\${c.server.instance}`, c.origin])).toEqual([
      ['kassa1.lan\\PCKASSA', 'reverseDns'],
      ['KASSA1\\PCKASSA', 'browser'],
      ['192.168.99.60\\PCKASSA', 'remembered'],
      ['192.168.99.61\\PCKASSA2', 'browser'],
    ]);
  });

  it('offers HOST,1433 when the Browser is silent but port 1433 listens', () => {
    const candidates = nextCandidates({ host: 'KASSA1', instance: 'PCKASSA' }, [{ host: 'KASSA1', aliases: [], listed: [], standardPortListens: true }], {}, new Set(['kassa1\\PCKASSA']));
    expect(candidates).toEqual([{ server: { host: 'KASSA1', port: 1433 }, origin: 'standardPort' }]);
  });
});
