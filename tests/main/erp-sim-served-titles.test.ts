/**
 * The ERP simulator's title count, as the sync bench's baseline uses it: every title of every
 * client, where the showcase client keeps the product document's five whatever its share.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED } from '../../db/seed/clients';
import { ClientSource } from '../../tools/simulators/erp/client-source';
import { readTable, type TableData } from '../../tools/simulators/erp/tables';
import { servedTitleCount } from '../../tools/simulators/erp/titles';

function served(clients: number, titles: number): number {
  const data: TableData = {
    clients: new ClientSource(clients, DEFAULT_DEMO_SEED),
    seed: DEFAULT_DEMO_SEED,
    totalTitles: titles,
    credit: new Map(),
    registerEdits: new Map(),
    titlePatches: new Map(),
    orders: new Map(),
    extraOrders: new Map(),
  };
  let n = 0;
  for (let token: string | null = null, first = true; first || token; first = false) {
    const page = readTable(data, 'fatura', {
      since: null,
      pageToken: token,
      size: 700,
      now: '2026-12-01T12:00:00.000Z',
    });
    if (page === 'badToken') throw new Error('token recusado');
    n += page.registros.length;
    token = page.proximaPagina;
  }
  return n;
}

describe('titles the ERP simulator serves', () => {
  it.each([
    [400, 4000],
    [300, 3000],
    [250, 1000],
  ])('%i clients, %i titles asked', (clients, titles) => {
    expect(served(clients, titles)).toBe(servedTitleCount(clients, titles));
  });
});
