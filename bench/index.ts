/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints
 * one JSON line per metric: {"metric","value","unit","baseline","ratio"} with the baseline
 * measured in the same run on the same machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchNames } from './bench-args';
import type { BenchLine } from './support';

async function main(): Promise<void> {
  // Keep the console's info logs out of the JSON lines.
  process.env.CENTRAL_QUIET ??= '1';
  const only = benchNames();
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as { run: () => Promise<BenchLine[]> };
    const started = Date.now();
    const lines = await mod.run();
    for (const l of lines) console.log(JSON.stringify({ bench: file.replace('.bench.ts', ''), ...l }));
    console.error(`# ${file}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
