import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const ruleHits = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('lint keeps demo and test code out of production main', () => {
  it.each([
    ["import { startErpSimulator } from '../../tools/simulators/erp/server';", 'tools'],
    ["import { seedDemoClients } from '../../db/seed/seed-db';", 'db/seed'],
    ["import { bureauFixture } from '../../tests/main/bureau-fixture';", 'tests'],
    ["import { createDemoCore } from '../../../tools/demo/demo-core';", 'tools/demo'],
  ])('refuses %s', async (line) => {
    const hits = await ruleHits('electron/main/services/some.service.ts', `${line}\nexport const x = 1;\n`);
    expect(hits.join('\n')).toMatch(/não importa tests\/, tools\/ nem db\/seed\//);
  });

  it('also inside electron/main/ipc, and lets the demo entries in tools/ wrap the core', async () => {
    expect(
      await ruleHits(
        'electron/main/ipc/x.handlers.ts',
        "import { a } from '../../../tools/demo/demo-core';\n",
      ),
    ).toHaveLength(1);
    expect(
      await ruleHits('tools/demo/x.ts', "import { createCore } from '../../electron/main/core';\n"),
    ).toEqual([]);
  });
});
