import { formatBRL } from '../../domain/money';
import { msg } from './define';

const monthBR = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** Painel: the Deps budget and the ABC curve, as the services tell them. */
export const panelMessages = {
  'panel.budgetReached': msg(
    'CONFLICT',
    (d: { budgetCents: number; spentCents: number; priceCents: number; month: string }) =>
      `Consulta Deps recusada: o orçamento mensal de ${formatBRL(d.budgetCents)} de ${monthBR(d.month)} ` +
      `já tem ${formatBRL(d.spentCents)} estimados` +
      (d.priceCents > 0 ? ` e esta consulta custaria ${formatBRL(d.priceCents)}` : '') +
      '. Nada foi cobrado. Um supervisor pode aumentar o orçamento ou desligar o bloqueio em Configurações → Bureau de crédito.',
  ),
};
