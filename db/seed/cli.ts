/**
 * `npm run seed -- --clients 200000 [--data-dir ./.data-big]`: creates a demo database of that
 * size (deterministic: the same count always gives the same clients). Refuses to touch a
 * folder that already holds a database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDemoCore } from '../../tools/demo/demo-core';
import { databaseFile } from '../../electron/main/db/paths';
import { DEFAULT_DEMO_CLIENTS } from './seed-db';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const count = Number(arg('clients') ?? DEFAULT_DEMO_CLIENTS);
  if (!Number.isInteger(count) || count < 1 || count > 5_000_000) {
    throw new Error('--clients deve ser um número inteiro entre 1 e 5.000.000.');
  }
  const dataDir = path.resolve(arg('data-dir') ?? process.env.CENTRAL_DATA_DIR ?? '.data');
  if (fs.existsSync(databaseFile(dataDir))) {
    throw new Error(`Já existe um banco em ${databaseFile(dataDir)}; escolha outra pasta com --data-dir.`);
  }
  const started = Date.now();
  const core = await createDemoCore({ dataDir, demo: true, transport: 'web', demoClientCount: count });
  core.close();
  console.log(
    `${count} clientes de demonstração em ${dataDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(`Para usar: CENTRAL_DATA_DIR=${dataDir} npm run web`);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
