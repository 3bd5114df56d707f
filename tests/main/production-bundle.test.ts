import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { buildProduction, type ProductionBuild } from './support/production-build';

/** What electron-builder ships: production dependencies; electron is provided by the runtime. */
const shipped = new Set([...Object.keys(pkg.dependencies), 'electron']);
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function requiredPackages(code: string): string[] {
  const ids = [
    ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);
  return [...new Set(ids.filter((id) => !id.startsWith('.') && !builtins.has(id)))].map((id) =>
    id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : (id.split('/')[0] as string),
  );
}

let build: ProductionBuild;
beforeAll(() => {
  build = buildProduction();
}, 180_000);
afterAll(() => fs.rmSync(path.dirname(build.outDir), { recursive: true, force: true }));

describe('production bundle (electron-vite build)', () => {
  it('requires only packages electron-builder ships, never a devDependency', () => {
    const required = requiredPackages(build.mainCode);
    expect(required).toContain('better-sqlite3');
    const devOnly = required.filter((p) => p in pkg.devDependencies);
    expect(devOnly).toEqual([]);
    expect(required.filter((p) => !shipped.has(p))).toEqual([]);
  });

  it('is made of no simulator, seed, test or demo module', () => {
    expect(build.mainSources.some((s) => s === 'electron/main/index.ts')).toBe(true);
    const forbidden = build.mainSources.filter((s) => /^(tests|tools|db\/seed)\//.test(s));
    expect(forbidden).toEqual([]);
    const bundledDevDeps = build.mainSources.filter((s) =>
      Object.keys(pkg.devDependencies).some((d) => s.includes(`node_modules/${d}/`)),
    );
    expect(bundledDevDeps).toEqual([]);
  });
});
