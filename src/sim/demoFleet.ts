// The fleet the sim serves when no fixture file is given: a small shop with two problems to find,
// a backoffice on the non-fiscal edition (38,05 instead of 38,5) and two tills sharing Client ID 3.
import type { FleetSnapshot } from '../core/fleet.js';

export function demoFleet(now = new Date()): FleetSnapshot {
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
  return {
    server: 'KASSA1\\PCKASSA',
    tills: [
      { name: 'KASSA1', clientId: 1, version: '38,5', role: 'main', address: '192.168.99.60', lastSeen: minutesAgo(1), connected: true },
      { name: 'KASSA2', clientId: 2, version: '38,5', role: 'sales', address: '192.168.99.61', lastSeen: minutesAgo(2), connected: true },
      { name: 'KASSA3', clientId: 3, version: '38,5', role: 'sales', address: '192.168.99.62', lastSeen: minutesAgo(3), connected: true },
      { name: 'KONTORET', clientId: 3, version: '38,05', role: 'backoffice', address: '192.168.99.70', lastSeen: minutesAgo(5), connected: true },
      { name: 'LAGRET', clientId: 5, version: '38,5', role: 'backoffice', address: '192.168.99.71', lastSeen: minutesAgo(60 * 26), connected: false },
    ],
  };
}
