/**
 * Credit decisions on orders (POST /v1/pedidos/{numero}/liberacao-credito and
 * /rejeicao-credito) and the order read (GET /v1/pedidos/{numero}). A decision carries the
 * order version it was made on (`versaoEsperada`, the order's alteradoEm): the ERP refuses with
 * 409 an order that changed meanwhile or that someone already released/rejected.
 */
import type { GenericRow } from './commerce';
import type { BlockReason, OrderOverride } from './orders';
import type { Call, Reply, SimContext } from './routes';
import { orderIndex, orderRowsOfClient } from './tables';

const error = (status: number, codigo: string, mensagem: string, extra: object = {}): Reply => ({
  status,
  json: { codigo, mensagem, ...extra },
});
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** The order as the ERP has it now (generated row plus decisions), or null. */
export function currentOrder(ctx: SimContext, numero: string): GenericRow | null {
  const index = orderIndex(ctx.data, numero);
  if (index === null) return null;
  for (const { client } of ctx.clients.scan(index))
    return orderRowsOfClient(ctx.data, 'pedido', index, client).find((r) => r.chave === numero) ?? null;
  return null;
}

export function getOrder(ctx: SimContext, call: Call): Reply {
  const order = currentOrder(ctx, call.params[0] as string);
  return order
    ? { status: 200, json: order }
    : error(404, 'PEDIDO_NAO_ENCONTRADO', `Pedido ${call.params[0]} não encontrado no ERP.`);
}

function actorOf(v: unknown): { login: string; nome: string } | null {
  const a = v as Record<string, unknown> | null | undefined;
  return a && typeof a.login === 'string' && a.login !== '' && typeof a.nome === 'string' && a.nome !== ''
    ? { login: a.login, nome: a.nome }
    : null;
}

function decide(ctx: SimContext, call: Call, kind: 'release' | 'reject'): Reply {
  const numero = call.params[0] as string;
  const order = currentOrder(ctx, numero);
  if (!order) return error(404, 'PEDIDO_NAO_ENCONTRADO', `Pedido ${numero} não encontrado no ERP.`);
  const b = call.body as Record<string, unknown> | null;
  const by = actorOf(kind === 'release' ? b?.liberadoPor : b?.rejeitadoPor);
  const expected = b?.versaoEsperada;
  if (!by || typeof expected !== 'string' || !ISO_INSTANT.test(expected))
    return error(
      400,
      'CORPO_INVALIDO',
      `Informe versaoEsperada e ${kind === 'release' ? 'liberadoPor' : 'rejeitadoPor'} {login, nome}.`,
    );
  const motivo = b?.motivo;
  if (kind === 'reject' && (typeof motivo !== 'string' || motivo.trim() === '' || motivo.length > 600))
    return error(422, 'MOTIVO_OBRIGATORIO', 'Informe o motivo da rejeição (até 600 caracteres).');
  const atual = { atual: order };
  if (order.situacaoCredito === 'LIBERADO')
    return error(409, 'PEDIDO_JA_LIBERADO', `Pedido ${numero} já está liberado.`, atual);
  if (order.situacaoCredito === 'REJEITADO')
    return error(409, 'PEDIDO_JA_REJEITADO', `Pedido ${numero} já foi rejeitado.`, atual);
  if (order.situacao !== 'ABERTO')
    return error(409, 'PEDIDO_ENCERRADO', `Pedido ${numero} não está mais em aberto.`, atual);
  if (order.alteradoEm !== new Date(expected).toISOString())
    return error(
      409,
      'VERSAO_DIVERGENTE',
      `Pedido ${numero} foi alterado depois da versão informada.`,
      atual,
    );
  const when = ctx.state.tick();
  const prev = ctx.state.orders.get(numero);
  ctx.state.orders.set(numero, {
    ...prev,
    alteradoEm: when,
    situacaoCredito: kind === 'release' ? 'LIBERADO' : 'REJEITADO',
    motivoBloqueio: null,
    decididoPor: by,
    decididoEm: when,
    motivoRejeicao: kind === 'reject' ? (motivo as string) : null,
  });
  ctx.state.orderDecisions += 1;
  return { status: 200, json: { pedido: currentOrder(ctx, numero) } };
}

export const releaseOrder = (ctx: SimContext, call: Call): Reply => decide(ctx, call, 'release');
export const rejectOrder = (ctx: SimContext, call: Call): Reply => decide(ctx, call, 'reject');

/** Test handle: someone changes the order in the ERP itself (value, status, a decision there). */
export function orderChangeInErp(
  ctx: SimContext,
  numero: string,
  change: Omit<OrderOverride, 'alteradoEm'>,
): string {
  if (!currentOrder(ctx, numero)) throw new Error(`pedido ${numero} não existe no simulador`);
  const when = ctx.state.tick();
  ctx.state.orders.set(numero, { ...ctx.state.orders.get(numero), ...change, alteradoEm: when });
  return when;
}

/** Test handle: a new order the ERP blocks (or releases), arriving with the next sync. */
export function addOrderInErp(
  ctx: SimContext,
  erpCode: string,
  o: { valueCents: number; blockReason: BlockReason | null; date?: string; seller?: string },
): string {
  const index = ctx.clients.indexOf(erpCode);
  if (index === null) throw new Error(`cliente ${erpCode} não existe no simulador`);
  const numero = `E${String(ctx.state.extraOrders.size + 1).padStart(6, '0')}`;
  const when = ctx.state.tick();
  const money = (c: number) => (c / 100).toFixed(2);
  ctx.state.extraOrders.set(numero, {
    index,
    row: {
      chave: numero,
      alteradoEm: when,
      empresa: erpCode,
      data: o.date ?? when.slice(0, 10),
      vendedor: o.seller ?? 'V001',
      valorTotal: money(o.valueCents),
      situacao: 'ABERTO',
      situacaoCredito: o.blockReason === null ? 'LIBERADO' : 'BLOQUEADO',
      motivoBloqueio: o.blockReason,
      decididoPor: null,
      decididoEm: null,
      motivoRejeicao: null,
    },
    items: [
      {
        chave: `${numero}-1`,
        alteradoEm: when,
        pedido: numero,
        produto: '7891000100103',
        descricao: 'Farinha de trigo tipo 1 5 kg',
        quantidade: 1,
        valorUnitario: money(o.valueCents),
      },
    ],
  });
  return numero;
}
