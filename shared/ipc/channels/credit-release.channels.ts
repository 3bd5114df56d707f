import { z } from 'zod';
import {
  CREDIT_BLOCK_REASONS,
  CREDIT_QUEUE_SORTS,
  REJECT_NOTE_MAX,
  REJECT_REASONS,
} from '../../domain/credit-release';
import { channel, empty, id } from '../channel-spec';
import { pageLimit } from './client-paging.channels';
import type {
  ClientReleasePreview,
  ClientReleaseResult,
  CreditDecisionResult,
  CreditOrderDetail,
  CreditOrderRow,
  CreditQueuePage,
  CreditSeller,
  CreditWaitingCount,
} from '../dto/credit-release';
import type { Page } from '../dto/client-paging';

const cents = z
  .number()
  .int('O valor deve ser em centavos inteiros.')
  .min(0, 'O valor não pode ser negativo.')
  .max(100_000_000_000, 'Valor acima do permitido.');
const days = z.number().int().min(0).max(3650);
const cursor = z.string().min(1).max(300).nullable().default(null);
/** The order version (ERP alteradoEm) the analyst saw; a change made meanwhile is a conflict. */
const version = z.string().min(1).max(40);

export const creditQueueFilters = z
  .object({
    reasons: z.array(z.enum(CREDIT_BLOCK_REASONS)).max(4).default([]),
    sellerCode: z.string().trim().min(1).max(20).nullable().default(null),
    minValueCents: cents.nullable().default(null),
    maxValueCents: cents.nullable().default(null),
    /** Orders at least / at most this many days old. */
    minAgeDays: days.nullable().default(null),
    maxAgeDays: days.nullable().default(null),
    clientId: id.nullable().default(null),
    /** Name, code or document of the client (contains, accents ignored). */
    clientText: z.string().trim().max(80).default(''),
  })
  .strict();

export const creditReleaseChannels = {
  /** The queue: blocked orders of the company, newest first unless `sort` says otherwise. */
  'creditRelease.queue': channel<CreditQueuePage>()({
    input: z.object({
      filters: creditQueueFilters.prefault({}),
      sort: z.enum(CREDIT_QUEUE_SORTS).default('date_desc'),
      cursor,
      limit: pageLimit,
    }),
    kind: 'query',
    permission: 'creditRelease.release',
  }),
  /** Top bar badge: blocked orders nobody decided yet. */
  'creditRelease.waitingCount': channel<CreditWaitingCount>()({
    input: empty,
    kind: 'query',
    permission: 'creditRelease.release',
  }),
  /** Sellers for the queue's filter (the ERP's `vendedor` table). */
  'creditRelease.sellers': channel<CreditSeller[]>()({
    input: empty,
    kind: 'query',
    permission: 'creditRelease.release',
  }),
  /** One order with its items and the client position beside it. */
  'creditRelease.order': channel<CreditOrderDetail>()({
    input: z.object({ orderId: id }),
    kind: 'query',
    permission: 'creditRelease.release',
  }),
  'creditRelease.release': channel<CreditDecisionResult>()({
    input: z.object({ orderId: id, expectedVersion: version }),
    kind: 'mutation',
    permission: 'creditRelease.release',
  }),
  'creditRelease.reject': channel<CreditDecisionResult>()({
    input: z
      .object({
        orderId: id,
        expectedVersion: version,
        reason: z.enum(REJECT_REASONS),
        note: z
          .string()
          .trim()
          .max(REJECT_NOTE_MAX, `O motivo deve ter no máximo ${REJECT_NOTE_MAX} caracteres.`)
          .default(''),
      })
      .refine((v) => v.reason !== 'other' || v.note.length > 0, {
        message: 'Descreva o motivo da rejeição.',
        path: ['note'],
      }),
    kind: 'mutation',
    permission: 'creditRelease.release',
  }),
  /** What "Liberar todos os pedidos bloqueados deste cliente" would release (the confirmation). */
  'creditRelease.clientPreview': channel<ClientReleasePreview>()({
    input: z.object({ clientId: id }),
    kind: 'query',
    permission: 'creditRelease.release',
  }),
  /** Releases exactly the orders the confirmation listed; any changed meanwhile refuses all. */
  'creditRelease.releaseClient': channel<ClientReleaseResult>()({
    input: z.object({
      clientId: id,
      orders: z
        .array(z.object({ orderId: id, expectedVersion: version }).strict())
        .min(1, 'Nenhum pedido para liberar.')
        .max(500),
    }),
    kind: 'mutation',
    permission: 'creditRelease.release',
  }),
  /** Pedidos tab of the client screen: every synced order of the client, newest first. */
  'creditRelease.clientOrders': channel<Page<CreditOrderRow, string>>()({
    input: z.object({ clientId: id, cursor, limit: pageLimit }),
    kind: 'query',
  }),
};
