// The SQL Server Browser protocol ([MC-SQLR]) as pure functions: the requests that ask for one instance
// or for all of them, and the answer's instance list. The UDP exchange itself lives in monitor/ (the
// poll's port lookup in browser.ts, the doctor's probe in doctor/browserClient.ts).

/** CLNT_UCAST_EX: 0x03 alone asks for every instance on the host. */
export function encodeListRequest(): Buffer {
  return Buffer.from([0x03]);
}

/** CLNT_UCAST_INST: 0x04 followed by the instance name, null-terminated (at most 32 bytes). */
export function encodeInstanceRequest(instance: string): Buffer {
  const name = Buffer.from(instance, 'latin1');
  if (name.length > 31) throw new RangeError('instance name too long');
  return Buffer.concat([Buffer.from([0x04]), name, Buffer.from([0])]);
}

export interface BrowserInstance {
  serverName?: string;
  instanceName: string;
  version?: string;
  tcpPort?: number;
}

/**
 * SVR_RESP: 0x05, a 16-bit little-endian length, then `key;value;…;;` per instance. Null when the
 * datagram is not a Browser answer.
 */
export function parseServerResponse(datagram: Buffer): BrowserInstance[] | null {
  if (datagram.length < 3 || datagram[0] !== 0x05) return null;
  const size = datagram.readUInt16LE(1);
  const text = datagram.toString('latin1', 3, Math.min(datagram.length, 3 + size));
  const instances: BrowserInstance[] = [];
  for (const block of text.split(';;')) {
    const parts = block.split(';');
    const fields = new Map<string, string>();
    for (let i = 0; i + 1 < parts.length; i += 2) fields.set(parts[i]!.toLowerCase(), parts[i + 1]!);
    const instanceName = fields.get('instancename');
    if (!instanceName) continue;
    const instance: BrowserInstance = { instanceName };
    const serverName = fields.get('servername');
    if (serverName) instance.serverName = serverName;
    const version = fields.get('version');
    if (version) instance.version = version;
    const tcp = fields.get('tcp');
    if (tcp && /^\d{1,5}$/.test(tcp) && Number(tcp) >= 1 && Number(tcp) <= 65535) instance.tcpPort = Number(tcp);
    instances.push(instance);
  }
  return instances;
}

export function findInstance(instances: readonly BrowserInstance[], name: string): BrowserInstance | undefined {
  return instances.find((i) => i.instanceName.toUpperCase() === name.toUpperCase());
}
