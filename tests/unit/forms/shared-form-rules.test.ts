import { describe, expect, it } from 'vitest';
import { abcCutoffsFormSchema, abcCutoffsSchema } from '../../../shared/forms/abc-cutoffs.schema';
import { bureauQueryRunSchema, depsProductFormSchema } from '../../../shared/forms/bureau-query.schema';
import { historyExportFormSchema, historyExportSchema } from '../../../shared/forms/history-export.schema';
import { ticketFormSchema } from '../../../shared/forms/ticket.schema';

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error?.issues[0]?.message;

describe('one rule for the form and the channel', () => {
  it('Consulta Deps: the product the form refuses is the one bureau.query.run refuses', () => {
    expect(message(depsProductFormSchema.safeParse({ productId: '  ' }))).toBe(
      'Informe o identificador do produto.',
    );
    const run = { clientId: 1, productId: ' ', idempotencyKey: 'abcdefgh-12345678' };
    expect(message(bureauQueryRunSchema.safeParse(run))).toBe('Informe o identificador do produto.');
    expect(bureauQueryRunSchema.safeParse({ ...run, productId: 'B2C3D4E5' }).success).toBe(true);
  });

  it('ABC cut-offs: typed text becomes the numbers main checks, with the same pt-BR messages', () => {
    expect(abcCutoffsFormSchema.parse({ a: ' 80 ', b: '15' })).toEqual({ a: 80, b: 15 });
    expect(message(abcCutoffsFormSchema.safeParse({ a: '80', b: '20' }))).toBe(
      'A + B deve deixar pelo menos 1% para a classe C.',
    );
    expect(message(abcCutoffsSchema.safeParse({ a: 80, b: 20 }))).toBe(
      'A + B deve deixar pelo menos 1% para a classe C.',
    );
    expect(message(abcCutoffsFormSchema.safeParse({ a: '8,5', b: '1' }))).toBe(
      'Informe um percentual inteiro, por exemplo 80.',
    );
  });

  it('Histórico: the form also refuses the future; main checks that against its own clock', () => {
    const future = { from: '2026-12-01', to: '2026-12-03', tables: ['empresa'] };
    expect(message(historyExportFormSchema('2026-12-02').safeParse(future))).toBe(
      'A data final não pode estar no futuro.',
    );
    expect(historyExportSchema.safeParse(future).success).toBe(true);
    expect(message(historyExportSchema.safeParse({ ...future, tables: [] }))).toBe(
      'Escolha pelo menos uma tabela.',
    );
  });

  it('Solicitação de suporte: blank is refused, the text is trimmed', () => {
    expect(message(ticketFormSchema.safeParse({ description: '   ' }))).toBe('Descreva a solicitação.');
    expect(ticketFormSchema.parse({ description: ' Boleto ' })).toEqual({ description: 'Boleto' });
  });
});
