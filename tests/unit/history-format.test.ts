import { expect, test } from 'vitest';
import { readableChanges } from '../../renderer/modules/clients/history/historyFormat';

test('a credit decision in Histórico reads in pt-BR: field names and the codes of its lists', () => {
  const shown = readableChanges({
    order: { before: null, after: 'P000123' },
    creditState: { before: 'blocked', after: 'rejected' },
    blockReason: { before: null, after: 'overdue_titles' },
    rejectReason: { before: null, after: 'bureau_restriction' },
    valueCents: { before: null, after: 523_000 },
  });
  expect(shown).toMatchObject({
    Pedido: { after: 'P000123' },
    'Situação de crédito do pedido': { before: 'Bloqueado por crédito', after: 'Rejeitado' },
    'Motivo do bloqueio': { after: 'Títulos vencidos' },
    'Motivo da rejeição': { after: 'Restrição na consulta Deps' },
  });
  expect(JSON.stringify(shown)).not.toMatch(/creditState|blockReason|overdue_titles/);
});
