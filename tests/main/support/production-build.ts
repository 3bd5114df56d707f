import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ProductionBuild {
  outDir: string;
  /** Every module the main-process bundle was made from, as paths relative to the repo. */
  mainSources: string[];
  mainCode: string;
}

const repo = path.resolve(__dirname, '../../..');

/**
 * `electron-vite build` exactly as packaging runs it (production mode), into a folder of its own
 * so a developer's out/ is left alone; the source map tells which modules went in.
 */
export function buildProduction(): ProductionBuild {
  const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'central-bundle-')), 'out');
  const r = spawnSync(
    process.execPath,
    [
      path.join(repo, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      '--outDir',
      outDir,
      '--sourcemap',
      '--logLevel',
      'error',
    ],
    { cwd: repo, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`electron-vite build falhou:\n${r.stdout}\n${r.stderr}`);
  // index.js and any chunk a dynamic import split off.
  const files = (fs.readdirSync(path.join(outDir, 'main'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(outDir, 'main', f));
  const mainSources = files.flatMap((file) => {
    const map = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    return map.sources.map((s) =>
      path.relative(repo, path.resolve(path.dirname(file), s)).replaceAll('\\', '/'),
    );
  });
  return { outDir, mainSources, mainCode: files.map((f) => fs.readFileSync(f, 'utf8')).join('\n') };
}
