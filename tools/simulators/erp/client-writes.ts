/**
 * Write-backs of the client register and its addresses (PUT /v1/clientes/{codigoCliente} and
 * /enderecos/{tipo}). The register carries a version (its alteradoEm): a write over a version
 * older than a change of one of ITS fields is refused with 409 and the ERP's current values.
 */
import type { DemoClient } from '../../../db/seed/clients';
import { clientJson, REGISTER_FIELDS, type RegisterEdit, type RegisterField } from './records';
import type { Call, Reply, SimContext } from './routes';

const error = (status: number, codigo: string, mensagem: string, extra: object = {}): Reply => ({
  status,
  json: { codigo, mensagem, ...extra },
});
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
export const ADDRESS_TYPES = ['entrega', 'cobranca', 'adicional2', 'adicional3'] as const;
const ADDRESS_FIELDS = ['logradouro', 'numero', 'complemento', 'bairro', 'cidade', 'uf', 'cep'] as const;

function clientAt(ctx: SimContext, code: string): { index: number; client: DemoClient } | null {
  const index = ctx.clients.indexOf(code);
  if (index === null) return null;
  for (const found of ctx.clients.scan(index)) return found;
  return null;
}

function current(ctx: SimContext, client: DemoClient) {
  const json = clientJson(
    client,
    ctx.state.credit.get(client.erpCode),
    ctx.state.registerEdits.get(client.erpCode),
    ctx.state.consent.get(client.erpCode),
  );
  const campos = Object.fromEntries(REGISTER_FIELDS.map((f) => [f, json[f]]));
  return { alteradoEm: json.alteradoEm, campos };
}

/** The ERP's own rules, stricter than the console's in places (so a 422 can happen for real). */
function invalid(campos: Record<string, unknown>): string | null {
  for (const [k, v] of Object.entries(campos)) {
    if (!(REGISTER_FIELDS as readonly string[]).includes(k)) return `Campo ${k} não pode ser alterado.`;
    if ((k === 'emails' || k === 'telefones') && !(Array.isArray(v) && v.every((x) => typeof x === 'string')))
      return `${k} deve ser uma lista de textos.`;
    if (k === 'situacao' && v !== 'ATIVO' && v !== 'INATIVO') return 'situacao deve ser ATIVO ou INATIVO.';
    if ((k === 'razaoSocial' || k === 'documento') && (typeof v !== 'string' || v.trim() === ''))
      return `${k} é obrigatório.`;
    if ((k === 'nomeFantasia' || k === 'site') && v !== null && typeof v !== 'string')
      return `${k} deve ser texto ou nulo.`;
  }
  const site = campos.site;
  if (typeof site === 'string' && !site.startsWith('https://'))
    return 'O site deve começar com https:// (o ERP não aceita endereços sem criptografia).';
  return null;
}

export function registerWrite(ctx: SimContext, call: Call): Reply {
  const found = clientAt(ctx, call.params[0] as string);
  if (!found) return error(404, 'CLIENTE_NAO_ENCONTRADO', `Cliente ${call.params[0]} não encontrado no ERP.`);
  const b = call.body as Record<string, unknown> | null;
  const by = b?.alteradoPor as Record<string, unknown> | undefined;
  const campos = b?.campos as Record<string, unknown> | undefined;
  const expected = b?.versaoEsperada;
  if (
    !b ||
    !campos ||
    typeof campos !== 'object' ||
    Object.keys(campos).length === 0 ||
    typeof by?.login !== 'string' ||
    typeof by?.nome !== 'string' ||
    (expected !== undefined && (typeof expected !== 'string' || !ISO_INSTANT.test(expected)))
  )
    return error(422, 'DADOS_INVALIDOS', 'campos (ao menos um) e alteradoPor são obrigatórios.');
  const problem = invalid(campos);
  if (problem) return error(422, 'DADOS_INVALIDOS', problem);
  const code = found.client.erpCode;
  const edit: RegisterEdit = ctx.state.registerEdits.get(code) ?? {
    campos: {},
    changedAt: {},
    alteradoEm: '',
  };
  const before = current(ctx, found.client);
  if (typeof expected === 'string') {
    const since = new Date(expected).toISOString();
    const changedAfter = Object.keys(campos).some((f) => (edit.changedAt[f as RegisterField] ?? '') > since);
    if (changedAfter)
      return error(409, 'VERSAO_DIVERGENTE', 'O cadastro foi alterado no ERP depois da versão enviada.', {
        atual: { codigoCliente: code, ...before },
      });
  }
  const at = ctx.state.tick();
  for (const [f, v] of Object.entries(campos)) {
    edit.campos[f as RegisterField] = v;
    edit.changedAt[f as RegisterField] = at;
  }
  edit.alteradoEm = at;
  ctx.state.registerEdits.set(code, edit);
  ctx.state.clientWrites.set(code, (ctx.state.clientWrites.get(code) ?? 0) + 1);
  return { status: 200, json: { codigoCliente: code, ...current(ctx, found.client) } };
}

/** A change made in the ERP itself (another system, a back-office user): used by tests and the demo. */
export function registerChangeInErp(ctx: SimContext, code: string, campos: Record<string, unknown>): string {
  const found = clientAt(ctx, code);
  if (!found) throw new Error(`cliente ${code} não existe no simulador`);
  const r = registerWrite(ctx, {
    method: 'PUT',
    params: [code],
    query: new URLSearchParams(),
    body: { campos, alteradoPor: { login: 'erp', nome: 'ERP' } },
    idempotencyKey: undefined,
  });
  if (r.status !== 200) throw new Error(JSON.stringify(r.json));
  return (r.json as { alteradoEm: string }).alteradoEm;
}

export function addressWrite(ctx: SimContext, call: Call): Reply {
  const [code, tipo] = call.params as [string, string];
  const found = clientAt(ctx, code);
  if (!found) return error(404, 'CLIENTE_NAO_ENCONTRADO', `Cliente ${code} não encontrado no ERP.`);
  if (!(ADDRESS_TYPES as readonly string[]).includes(tipo))
    return error(404, 'TIPO_ENDERECO_DESCONHECIDO', `Tipo de endereço desconhecido: ${tipo}.`);
  const b = call.body as Record<string, unknown> | null;
  const by = b?.alteradoPor as Record<string, unknown> | undefined;
  if (
    !b ||
    ADDRESS_FIELDS.some((f) => typeof b[f] !== 'string') ||
    (b.fax !== null && typeof b.fax !== 'string') ||
    typeof by?.login !== 'string' ||
    typeof by?.nome !== 'string'
  )
    return error(
      422,
      'DADOS_INVALIDOS',
      'logradouro, numero, complemento, bairro, cidade, uf, cep, fax e alteradoPor são obrigatórios.',
    );
  if (!/^\d{8}$/.test(b.cep as string)) return error(422, 'DADOS_INVALIDOS', 'CEP deve ter 8 dígitos.');
  const stored = {
    codigoCliente: found.client.erpCode,
    tipo,
    ...Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, b[f]])),
    fax: b.fax,
    alteradoEm: ctx.state.tick(),
  };
  const byType = ctx.state.addresses.get(found.client.erpCode) ?? new Map<string, Record<string, unknown>>();
  byType.set(tipo, stored);
  ctx.state.clientWrites.set(code, (ctx.state.clientWrites.get(code) ?? 0) + 1);
  ctx.state.addresses.set(found.client.erpCode, byType);
  return { status: 200, json: stored };
}
