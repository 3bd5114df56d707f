/**
 * The dependency graph of the main process lives in Core (createCore is the one composition
 * root): a service or job that keeps per-core state in a module-level table, or exports a
 * setter tests use to swap a collaborator, hides it again. This scan keeps new ones out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['electron/main/services', 'electron/main/jobs'];

const RULES: { rule: string; pattern: RegExp }[] = [
  // Top-level declarations only (no indentation): a WeakMap of anything, or a Map keyed by Core.
  { rule: 'WeakMap no nível do módulo', pattern: /^(?:export\s+)?(?:const|let|var)\s[^\n]*new\s+WeakMap\b/m },
  {
    rule: 'Map por Core no nível do módulo',
    pattern: /^(?:export\s+)?(?:const|let|var)\s[^\n]*(?:new\s+Map\s*<\s*Core\b|:\s*Map\s*<\s*Core\b)/m,
  },
  // A setter that changes what one core uses (setXOverride, setXProvider(core, ...), ...).
  {
    rule: 'setter de colaborador exportado',
    pattern:
      /^export\s+(?:async\s+)?(?:function\s+|const\s+)set[A-Z]\w*(?:\s*=\s*\(|\s*\()\s*core\s*:\s*Core\b/m,
  },
  {
    rule: 'setter de override exportado',
    pattern: /^export\s+(?:async\s+)?(?:function|const)\s+set[A-Z]\w*Overrides?\b/m,
  },
];

export const perCoreStateHits = (source: string): string[] =>
  RULES.filter((r) => r.pattern.test(source)).map((r) => r.rule);

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(file);
    return /\.ts$/.test(e.name) ? [file] : [];
  });
}

describe('per-core state lives in Core, not in module tables', () => {
  it.each([
    ['const overrides = new WeakMap<Core, ErpGatewayProvider>();', 'WeakMap no nível do módulo'],
    ['const jobs = new Map<Core, Scheduler>();', 'Map por Core no nível do módulo'],
    ['let cache: Map<Core, string> = new Map();', 'Map por Core no nível do módulo'],
    ['export function setErpGatewayProvider(core: Core, p: P): void {}', 'setter de colaborador exportado'],
    ['export function setErpClientOverrides(c: Core, o: O): void {}', 'setter de override exportado'],
  ])('the scan catches %s', (line, rule) => {
    expect(perCoreStateHits(`import type { Core } from '../core-types';\n${line}\n`)).toContain(rule);
  });

  it('a per-call map or a setter of a row is not per-core state', () => {
    const ok = [
      'export function settleAll(core: Core) {\n  const byId = new Map<number, string>();\n}',
      'export function setSetting(db: Db, key: string, value: string): void {}',
    ].join('\n');
    expect(perCoreStateHits(ok)).toEqual([]);
  });

  it('no module under electron/main/services or electron/main/jobs keeps any', () => {
    const found = ROOTS.flatMap(sourcesUnder).flatMap((file) =>
      perCoreStateHits(fs.readFileSync(file, 'utf8')).map((rule) => `${file}: ${rule}`),
    );
    expect(found).toEqual([]);
  });
});
