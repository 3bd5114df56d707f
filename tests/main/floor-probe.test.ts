/**
 * "Testar conexão" on a real PostgreSQL: every answer an admin can get is told in pt-BR words
 * they act on, and testing never writes to the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FloorConnectionSettings } from '../../electron/main/floor/floor-db';
import { openFloorPool } from '../../electron/main/floor/floor-db';
import { migrateFloor } from '../../electron/main/floor/floor-migrate';
import { probeFloor } from '../../electron/main/floor/floor-probe';
import { freePort, startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';

const ACME = { id: '11222333000181', name: 'Acme Atendimento Ltda' };
let server: TestPostgres;

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());

async function claimed(): Promise<FloorConnectionSettings> {
  const settings = await server.createDatabase();
  const pool = openFloorPool(settings);
  await migrateFloor(pool, ACME);
  await pool.end();
  return settings;
}

describe('Testar conexão', () => {
  it('a wrong password is "senha incorreta"', async () => {
    const settings = await server.createDatabase();
    const r = await probeFloor({ ...settings, password: 'errada' }, ACME);
    expect(r.kind).toBe('authFailed');
    expect(r.message).toMatch(/^Senha incorreta/);
  });

  it('a port nobody listens on is "servidor inacessível", naming host and port', async () => {
    const settings = await server.createDatabase();
    const port = await freePort();
    const r = await probeFloor({ ...settings, port }, ACME);
    expect(r.kind).toBe('unreachable');
    expect(r.message).toContain(`Servidor inacessível: 127.0.0.1:${port}`);
  });

  it('TLS required against a server without TLS is "TLS recusado"', async () => {
    const settings = await server.createDatabase();
    const r = await probeFloor({ ...settings, sslMode: 'require' }, ACME);
    expect(r.kind).toBe('tlsRefused');
    expect(r.message).toMatch(/^TLS recusado/);
  });

  it('a database that does not exist is named', async () => {
    const r = await probeFloor({ ...server.admin, database: 'nao_existe' }, ACME);
    expect(r.kind).toBe('databaseMissing');
    expect(r.message).toContain('"nao_existe" não existe');
  });

  it('a database of a newer schema is told with both versions, and nothing is written', async () => {
    const settings = await claimed();
    await server.sql(
      settings.database,
      "INSERT INTO floor_migrations (version, name) VALUES (9999, 'futura')",
    );
    const before = await server.sql(settings.database, 'SELECT version FROM floor_migrations ORDER BY 1');
    const r = await probeFloor(settings, ACME);
    expect(r.kind).toBe('schemaNewer');
    expect(r.message).toContain('versão 9999');
    expect(await server.sql(settings.database, 'SELECT version FROM floor_migrations ORDER BY 1')).toEqual(
      before,
    );
  });

  it('a database of another company names that company', async () => {
    const settings = await claimed();
    const r = await probeFloor(settings, { id: '99888777000100', name: 'Outra' });
    expect(r.kind).toBe('otherCompany');
    expect(r.message).toContain('outra empresa (Acme Atendimento Ltda)');
  });

  it('a new database, and one claimed but without data, are empty and ready to import; nothing is created', async () => {
    const fresh = await server.createDatabase();
    const r = await probeFloor(fresh, ACME);
    expect(r).toMatchObject({ kind: 'empty' });
    expect(r.message).toContain('pronto para importar');
    expect(
      await server.sql(
        fresh.database,
        "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
      ),
    ).toEqual([{ n: 0 }]);
    expect((await probeFloor(await claimed(), ACME)).kind).toBe('empty');
  });

  it('a database of this company with shared data is ok', async () => {
    const settings = await claimed();
    await server.sql(settings.database, 'CREATE TABLE notes (id int PRIMARY KEY)');
    await server.sql(settings.database, 'INSERT INTO notes VALUES (1)');
    const r = await probeFloor(settings, ACME);
    expect(r.kind).toBe('ok');
    expect(r.message).toContain('Conexão ok');
    expect(r.elapsedMs).toBeGreaterThanOrEqual(0);
  });
});
