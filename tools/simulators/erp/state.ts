/** What the simulated ERP remembers between requests: write-backs, idempotency keys and a logical clock. */
import { createHash } from 'node:crypto';
import type { CreditOverride, RegisterEdit } from './records';
import type { ConsentOverride } from './consent';
import { BASE_MAX_CHANGED_AT, type TableData } from './tables';
import type { SimTitle } from './titles';
import type { ExtraOrder, OrderOverride } from './orders';

export interface BureauQueryJson {
  id: string;
  documento: string;
  consultadoEm: string;
  consultadoPor: { login: string; nome: string };
  estacao: string;
  produto: string;
  resumoResultado: string;
  registradoEm: string;
}

export interface SettingJson {
  chave: string;
  valor: string;
  versao: number;
  alteradoEm: string;
  alteradoPor: string;
}

interface StoredReply {
  fingerprint: string;
  status: number;
  json: unknown;
}

export class ErpState {
  readonly credit = new Map<string, CreditOverride>();
  readonly registerEdits = new Map<string, RegisterEdit>();
  /** Addresses written back by the console, by ERP code then tipo. */
  readonly addresses = new Map<string, Map<string, Record<string, unknown>>>();
  /** Write-backs applied per ERP code (a replayed Idempotency-Key does not count). */
  readonly clientWrites = new Map<string, number>();
  readonly titlePatches = new Map<string, (t: SimTitle) => SimTitle>();
  readonly bureau = new Map<string, BureauQueryJson[]>();
  readonly settings = new Map<string, SettingJson>();
  readonly orders = new Map<string, OrderOverride>();
  readonly extraOrders = new Map<string, ExtraOrder>();
  /** Credit decisions the ERP applied (a replayed Idempotency-Key does not count). */
  orderDecisions = 0;
  /** Consent changed in the ERP (by a test or the demo), by ERP code. */
  readonly consent = new Map<string, ConsentOverride>();
  private readonly idempotent = new Map<string, StoredReply>();
  private last = Date.parse(BASE_MAX_CHANGED_AT);
  private bureauSeq = 0;

  constructor(private readonly now: () => Date) {}

  /**
   * Strictly increasing instants, never before the generated data: a change is always
   * later than any cursor already handed out, so an incremental read cannot miss it.
   */
  tick(): string {
    this.last = Math.max(this.now().getTime(), this.last + 1);
    return new Date(this.last).toISOString();
  }

  nextBureauId(): string {
    this.bureauSeq += 1;
    return `CB${String(this.bureauSeq).padStart(8, '0')}`;
  }

  /** Replays the stored answer for a repeated key; refuses a key reused for a different request. */
  replay(key: string, method: string, path: string, body: unknown): StoredReply | 'mismatch' | null {
    const stored = this.idempotent.get(key);
    if (!stored) return null;
    return stored.fingerprint === fingerprint(method, path, body) ? stored : 'mismatch';
  }

  remember(key: string, method: string, path: string, body: unknown, status: number, json: unknown): void {
    this.idempotent.set(key, { fingerprint: fingerprint(method, path, body), status, json });
  }

  tableData(
    base: Omit<TableData, 'credit' | 'titlePatches' | 'registerEdits' | 'orders' | 'extraOrders'>,
  ): TableData {
    return {
      ...base,
      orders: this.orders,
      extraOrders: this.extraOrders,
      credit: this.credit,
      titlePatches: this.titlePatches,
      registerEdits: this.registerEdits,
      consent: this.consent,
    };
  }
}

const fingerprint = (method: string, path: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method} ${path} ${JSON.stringify(body)}`)
    .digest('hex');
