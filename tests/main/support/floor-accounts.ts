/**
 * Floor-mode seats for the accounts tests: real cores (no demo data) joined to one real
 * PostgreSQL, and a TCP relay in front of the server that a test can cut to make the central
 * database unreachable from one seat (connections refused and open ones dropped).
 */
import net, { type AddressInfo, type Socket } from 'node:net';
import type { FloorConnectionSettings } from '../../../electron/main/floor/floor-db';
import type { FloorCompany } from '../../../electron/main/floor/floor-migrate';
import { createTestCore, type TestCore } from './test-core';

export const ACME: FloorCompany = { id: '11222333000181', name: 'Acme Atendimento Ltda' };

/** A seat of the floor: a fresh data folder whose core joined the central database. */
export function startSeat(connection: FloorConnectionSettings, now?: () => Date): Promise<TestCore> {
  return createTestCore({ demo: false, now, options: { floor: { connection, company: ACME } } });
}

export interface CuttableRelay {
  /** The connection settings through the relay. */
  settings: FloorConnectionSettings;
  /** Drops every open connection and refuses new ones. */
  cut(): void;
  restore(): void;
  stop(): Promise<void>;
}

export async function startRelay(target: FloorConnectionSettings): Promise<CuttableRelay> {
  const sockets = new Set<Socket>();
  let down = false;
  const server = net.createServer((client) => {
    if (down) return void client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    settings: { ...target, host: '127.0.0.1', port },
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      down = false;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
