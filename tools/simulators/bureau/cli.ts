import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from './fixtures';
import { startBureauSimulator } from './server';

/** `npx tsx tools/simulators/bureau/cli.ts --port 0` — runs the simulator until Ctrl+C. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      email: { type: 'string', default: DEFAULT_EMAIL },
      password: { type: 'string', default: DEFAULT_PASSWORD },
      'token-ttl': { type: 'string' },
      'no-bodies': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Porta inválida: ${values.port}`);
  const ttl = values['token-ttl'] === undefined ? undefined : Number(values['token-ttl']);
  const handle = await startBureauSimulator({
    port,
    email: values.email,
    password: values.password,
    tokenTtlSeconds: ttl,
    recordBodies: !values['no-bodies'],
  });

  const caPath = join(mkdtempSync(join(tmpdir(), 'bureau-simulator-')), 'ca.pem');
  writeFileSync(caPath, handle.caPem);
  console.log(`bureau simulator listening on ${handle.url}`);
  console.log(`CA PEM: ${caPath}`);
  console.log(`SPKI sha256 (base64): ${handle.spkiSha256Base64}`);
  console.log(`certificate fingerprint256: ${handle.certFingerprint256}`);
  console.log(`login: ${values.email} / ${values.password}`);

  const shutdown = (): void => {
    handle.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
