import { parseArgs } from 'node:util';
import { startErpSimulator } from './server';

/** `npx tsx tools/simulators/erp/cli.ts --clients 2000 --titles 20000` — runs until Ctrl+C or stdin closes. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      clients: { type: 'string', default: '2000' },
      titles: { type: 'string' },
      token: { type: 'string' },
    },
  });
  const handle = await startErpSimulator({
    port: Number(values.port),
    clients: Number(values.clients),
    titles: values.titles === undefined ? undefined : Number(values.titles),
    token: values.token,
  });
  console.log(`erp simulator listening on ${handle.url} token ${handle.token}`);
  const stop = () => void handle.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
