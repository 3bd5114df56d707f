import { createHash } from 'node:crypto';
import type { BatchAck, ReceivableRecord, ReceivableRow, ReceivablesSummary } from './types';

/** sha256 hex of the keys sorted by code unit and joined by '\n' — easy to recompute in tests. */
export function hashKeys(keys: Iterable<string>): string {
  return createHash('sha256')
    .update([...keys].sort().join('\n'))
    .digest('hex');
}

export function titleKey(row: Pick<ReceivableRow, 'documentoCliente' | 'numeroTitulo' | 'parcela'>): string {
  return `${row.documentoCliente}|${row.numeroTitulo}|${row.parcela}`;
}

interface StoredBatch {
  ack: BatchAck;
  contentHash: string;
}

/** PROVISIONAL receivables state (deps-api.md §5): records upserted by `chave`, batches by `loteId`. */
export class ReceivablesStore {
  private readonly records = new Map<string, ReceivableRecord>();
  private readonly batches = new Map<string, StoredBatch>();
  /** Titles with a stored entry, so a payment is checked in O(1) over millions of records. */
  private readonly entryTitles = new Set<string>();

  findBatch(loteId: string): StoredBatch | undefined {
    return this.batches.get(loteId);
  }

  hasEntryFor(title: string): boolean {
    return this.entryTitles.has(title);
  }

  /** Rows must already be validated and de-duplicated by `chave`. */
  commit(loteId: string, rows: ReceivableRow[], contentHash: string, receivedAt: string): BatchAck {
    for (const row of rows) {
      this.records.set(row.chave, { ...row, loteId, recebidoEm: receivedAt });
      if (row.tipoMovimento === 'entry') this.entryTitles.add(titleKey(row));
    }
    const ack: BatchAck = {
      loteId,
      recebidos: rows.length,
      somaCentavos: rows.reduce((sum, row) => sum + row.valorCentavos, 0),
      hashChaves: hashKeys(rows.map((row) => row.chave)),
    };
    this.batches.set(loteId, { ack, contentHash });
    return ack;
  }

  summary(): ReceivablesSummary {
    let somaCentavos = 0;
    for (const record of this.records.values()) somaCentavos += record.valorCentavos;
    return { total: this.records.size, somaCentavos, hashChaves: hashKeys(this.records.keys()) };
  }

  snapshot(): { records: Map<string, ReceivableRecord>; batches: BatchAck[] } {
    return {
      records: new Map([...this.records].map(([key, record]) => [key, { ...record }])),
      batches: [...this.batches.values()].map((batch) => ({ ...batch.ack })),
    };
  }
}
