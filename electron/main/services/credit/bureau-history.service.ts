import type {
  BureauProductChoice,
  BureauQueryDetail,
  BureauQueryList,
  BureauQueryRow,
  RecentBureauQuery,
} from '../../../../shared/ipc/dto/bureau';
import { RECENT_QUERY_DAYS } from '../../../../shared/domain/credit';
import { normalizeDocument } from '../../../../shared/domain/document';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getQuery, listClientQueries, toQueryRow } from '../../db/repos/bureau-queries.repo';
import { getBureauConfig } from '../../db/repos/bureau-settings.repo';
import { getClientRecord } from '../../db/repos/clients.repo';
import type { BureauQueryRecord as ErpQueryRecord } from '../../gateways/erp/erp-gateway';
import { desktopName, flushToErp } from './erp-sync';
import { erpGatewayFor } from '../erp/erp-link';
import { pullClientLedger } from './floor-ledger-pull';
import { queryDetail } from './query-detail';
import { settleOrphans } from './query-registry';
import { decodeErpSummary } from './query-summary';

function clientOrFail(core: Core, clientId: number) {
  const client = getClientRecord(core.db, clientId);
  if (!client) throw new AppFailure('clients.notFound');
  return client;
}

function fromErp(r: ErpQueryRecord, productNames: Map<string, string>): BureauQueryRow {
  const s = decodeErpSummary(r.resultSummary);
  return {
    id: null,
    source: 'erp',
    requestedAt: r.queriedAt,
    userName: `${r.queriedBy.name} (${r.desktop})`,
    productId: r.product,
    productName: s.productName ?? productNames.get(r.product) ?? r.product,
    status: s.status,
    score: s.score,
    classification: s.classification,
    suggestedLimitCents: s.suggestedLimitCents,
    approved: s.approved,
    opinion: s.opinion,
    hasResult: false,
    reused: false,
    errorMessage: null,
  };
}

const sameInstant = (a: string, b: string): boolean => Date.parse(a) === Date.parse(b);

/**
 * This desktop's ledger plus the ERP's shared list (every other desktop of the company). A
 * record this desktop posted itself is shown once, from the ledger, which holds the result.
 */
async function mergedRows(core: Core, clientId: number): Promise<BureauQueryList> {
  settleOrphans(core);
  const client = clientOrFail(core, clientId);
  // Every seat's queries with their full results (floor mode); the ERP list stays a fallback.
  const floorRead = await pullClientLedger(core, clientId, client.document).then(
    () => core.floor.pool !== null,
    () => false,
  );
  const local = listClientQueries(core.db, clientId).map(toQueryRow);
  let erpNote: string | null = null;
  let shared: BureauQueryRow[] = [];
  try {
    const erp = await erpGatewayFor(core);
    if (erp) {
      void flushToErp(core);
      const names = new Map(getBureauConfig(core.db).products.map((p) => [p.id, p.name]));
      const mine = desktopName();
      shared = (await erp.listBureauQueries(normalizeDocument(client.document)))
        .filter(
          (r) =>
            !(
              (r.desktop === mine || floorRead) &&
              local.some((l) => sameInstant(l.requestedAt, r.queriedAt))
            ),
        )
        .map((r) => fromErp(r, names));
    } else {
      erpNote =
        'Integração com o ERP não configurada: só as consultas feitas neste computador foram verificadas.';
    }
  } catch (e) {
    erpNote =
      'Não foi possível ler as consultas dos outros computadores no ERP' +
      (e instanceof AppFailure ? ` (${e.message})` : '') +
      '; só as consultas feitas neste computador foram verificadas.';
  }
  const rows = [...local, ...shared].sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt));
  return { rows, erpNote };
}

export async function listQueries(core: Core, clientId: number): Promise<BureauQueryList> {
  return mergedRows(core, clientId);
}

/** The newest query of the last 90 days that reached (or may have reached) the bureau, from any desktop. */
export async function recentQuery(core: Core, clientId: number): Promise<RecentBureauQuery> {
  const { rows, erpNote } = await mergedRows(core, clientId);
  const since = core.now().getTime() - RECENT_QUERY_DAYS * 24 * 3600 * 1000;
  const row = rows.find(
    (r) => Date.parse(r.requestedAt) >= since && (r.status === 'succeeded' || r.status === 'unknown'),
  );
  return { row: row ?? null, erpNote };
}

export function getQueryDetail(core: Core, id: number): BureauQueryDetail {
  const r = getQuery(core.db, id);
  if (!r) throw new AppFailure('credit.queryNotFound');
  return queryDetail(core, r);
}

/** The product question of the Deps button, pre-filled with the Consulta padrão of the client's person type. */
export function productChoice(core: Core, clientId: number): BureauProductChoice {
  const client = clientOrFail(core, clientId);
  const config = getBureauConfig(core.db);
  const products = config.products.filter((p) => p.personType === client.person_type);
  const configured = !!config.url && !!config.email && !!config.passwordCipher;
  const preferred = client.person_type === 'F' ? config.defaultProductF : config.defaultProductJ;
  return {
    products,
    defaultProductId: products.some((p) => p.id === preferred) ? preferred : (products[0]?.id ?? null),
    configured,
    problem: !configured
      ? 'O bureau de crédito não está configurado. Peça a um administrador (Configurações → Bureau de crédito).'
      : products.length === 0
        ? 'Nenhum produto do bureau serve para este tipo de cliente. Peça a um administrador para atualizar a Consulta padrão.'
        : null,
  };
}
