// mssql connection settings for talking to the sim (by port, or by instance name through the
// Browser on UDP 1434 of the same loopback address).
import type { config as MssqlConfig } from 'mssql';

export interface SimAddress {
  host: string;
  port: number;
  instance?: string;
}

export function simConfigByPort(sim: SimAddress, overrides: Partial<MssqlConfig> = {}): MssqlConfig {
  return {
    server: sim.host,
    port: sim.port,
    user: 'kassavakt',
    password: 'kassavakt',
    database: 'PCKassa',
    connectionTimeout: 5000,
    requestTimeout: 5000,
    pool: { max: 1, min: 0 },
    ...overrides,
    options: { encrypt: false, trustServerCertificate: true, ...overrides.options },
  };
}

/** `HOST\INSTANCE`: tedious asks the Browser on UDP 1434 (fixed) of HOST for the port. */
export function simConfigByInstance(sim: SimAddress, overrides: Partial<MssqlConfig> = {}): MssqlConfig {
  const { port: _port, ...byPort } = simConfigByPort(sim, overrides);
  return { ...byPort, server: `${sim.host}\\${sim.instance ?? 'PCKASSA'}` };
}
