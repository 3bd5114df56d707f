import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, channelNames } from '../../shared/ipc/contract';
import { createTestCore, type TestCore } from './support/test-core';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ clients: 20 });
});
afterAll(() => t.close());

// Words zod's English defaults use; none of them belongs in a pt-BR message.
const ENGLISH =
  /\b(invalid|expected|received|too (small|big)|required|must|string|number|array|object|unrecognized|characters?)\b/i;

const WRONG_VALUES: unknown[] = [42, 'texto', true, null, [], {}, -1.5, ['x'], { a: 1 }];

/** Wrong-typed inputs: the whole input replaced, then each top-level field replaced in turn. */
function wrongInputs(schema: z.ZodType): unknown[] {
  const inputs: unknown[] = [42, 'texto', [1, 2], true];
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : null;
  if (shape) {
    for (const key of Object.keys(shape)) {
      for (const value of WRONG_VALUES) inputs.push({ [key]: value });
    }
    inputs.push({ unexpected_field: 1 });
  }
  return inputs;
}

describe('every validation message is pt-BR', () => {
  it('fuzzes each channel with wrong-typed inputs and never answers in English', async () => {
    const admin = await t.loginAs('admin');
    const english: string[] = [];
    let validations = 0;
    for (const name of channelNames) {
      // Logging out or in would end the admin session for the following channels.
      if (name === 'auth.logout') continue;
      for (const input of wrongInputs(contract[name].input)) {
        const r = await t.registry.invoke(name, input, { sessionKey: admin });
        if (r.ok || r.error.code !== 'VALIDATION') continue;
        validations++;
        if (ENGLISH.test(r.error.message))
          english.push(`${name} ${JSON.stringify(input)}: ${r.error.message}`);
      }
    }
    expect(validations).toBeGreaterThan(200);
    expect(english.slice(0, 10)).toEqual([]);
  }, 120_000);
});
