import { describe, expect, it } from 'vitest';
import { encodeInstanceRequest, encodeListRequest, findInstance, parseServerResponse } from '../../src/core/sqlBrowser.js';

function svrResp(text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const head = Buffer.from([0x05, 0, 0]);
  head.writeUInt16LE(body.length, 1);
  return Buffer.concat([head, body]);
}

describe('SQL Server Browser messages', () => {
  it('asks for one instance with 0x04 and a null-terminated name', () => {
    expect([...encodeInstanceRequest('PCKASSA')]).toEqual([0x04, ...Buffer.from('PCKASSA'), 0]);
    expect(() => encodeInstanceRequest('X'.repeat(32))).toThrow(RangeError);
  });

  it('asks for every instance with 0x03 alone', () => {
    expect([...encodeListRequest()]).toEqual([0x03]);
  });

  it('reads the instances and TCP ports of an SVR_RESP', () => {
    const answer = svrResp(
      'ServerName;KASSA1;InstanceName;PCKASSA;IsClustered;No;Version;15.0.2000.5;tcp;49172;;' +
        'ServerName;KASSA1;InstanceName;SQLEXPRESS;IsClustered;No;Version;15.0.2000.5;np;\\\\KASSA1\\pipe\\sql\\query;;',
    );
    const instances = parseServerResponse(answer)!;
    expect(instances).toEqual([
      { serverName: 'KASSA1', instanceName: 'PCKASSA', version: '15.0.2000.5', tcpPort: 49172 },
      { serverName: 'KASSA1', instanceName: 'SQLEXPRESS', version: '15.0.2000.5' },
    ]);
    expect(findInstance(instances, 'pckassa')?.tcpPort).toBe(49172);
    expect(findInstance(instances, 'PCKASSA2')).toBeUndefined();
  });

  it('refuses datagrams that are not Browser answers', () => {
    expect(parseServerResponse(Buffer.from([0x04, 0x41]))).toBeNull();
    expect(parseServerResponse(Buffer.alloc(0))).toBeNull();
  });
});
