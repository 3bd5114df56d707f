import { create } from 'zustand';
import type { CreditBlockReason, CreditQueueSort } from '../../../shared/domain/credit-release';
import { INITIAL_QUEUE_STATE, type QueueState } from './queueKeys';

/** Age bands of the queue's "Idade" filter, in whole days since the order date. */
export type AgeBand = 'any' | 'today' | 'upTo7' | 'from8to30' | 'over30';

export interface QueueFilters {
  reasons: CreditBlockReason[];
  sellerCode: string | null;
  /** What the agent typed, in reais (parsed when the query is built). */
  minValue: string;
  maxValue: string;
  age: AgeBand;
  /** Client name, code or CNPJ/CPF fragment. */
  client: string;
}

export const NO_FILTERS: QueueFilters = {
  reasons: [],
  sellerCode: null,
  minValue: '',
  maxValue: '',
  age: 'any',
  client: '',
};

interface CreditReleaseUi {
  filters: QueueFilters;
  sort: CreditQueueSort;
  /** The order open in the release view of the queue screen; null shows the queue. */
  openOrderId: number | null;
  queue: QueueState;
  setFilters(update: Partial<QueueFilters>): void;
  setSort(sort: CreditQueueSort): void;
  setQueue(queue: QueueState): void;
  open(orderId: number): void;
  back(): void;
}

/** The queue screen's client state: leaving for an order and coming back keeps filters and place. */
export const useCreditReleaseUi = create<CreditReleaseUi>((set) => ({
  filters: NO_FILTERS,
  sort: 'date_desc',
  openOrderId: null,
  queue: INITIAL_QUEUE_STATE,
  setFilters: (update) => set((s) => ({ filters: { ...s.filters, ...update } })),
  setSort: (sort) => set({ sort }),
  setQueue: (queue) => set({ queue }),
  open: (orderId) => set({ openOrderId: orderId, queue: { activeId: orderId, dialog: null } }),
  back: () => set({ openOrderId: null }),
}));
