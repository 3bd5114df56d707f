/**
 * The "no permission" sentence lives once, in shared/ipc/messages.ts: the registry answers
 * FORBIDDEN with it and the renderer's own guards (disabled buttons, hover text) reuse it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../shared/ipc/messages';

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(file);
    return /\.tsx?$/.test(e.name) ? [file] : [];
  });
}

describe('one pt-BR catalog for the permission sentence', () => {
  it('names the permission by its label', () => {
    expect(MESSAGES.FORBIDDEN({ permission: 'clients.editCredit' })).toBe(
      'Você não tem a permissão "Clientes - Editar situação/limite de crédito". Peça a um administrador.',
    );
  });

  it('no file of main or the renderer writes the sentence itself', () => {
    const copies = ['renderer', 'electron/main']
      .flatMap(sourcesUnder)
      .filter((file) => fs.readFileSync(file, 'utf8').includes('Você não tem a permissão'));
    expect(copies).toEqual([]);
  });
});
