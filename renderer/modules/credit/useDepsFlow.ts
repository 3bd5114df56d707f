import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { BureauQueryRow } from '../../../shared/ipc/dto/bureau';
import type { Client } from '../../../shared/ipc/dto/clients';
import type { ChannelName } from '../../../shared/ipc/contract';
import { callOrThrow } from '../../lib/api';
import { channelKey, errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { IDLE, transition, type DepsEffect, type DepsEvent, type DepsState } from './deps-machine';

/** One key per confirmation: every repeat of the same click or Enter carries it, so it is paid once. */
const newKey = (): string => crypto.randomUUID();

/** A query was recorded (paid, reused or checked): Análise crédito, the 90-day prompt and Histórico list it. */
const RECORDED: ChannelName[] = ['bureau.query.list', 'bureau.query.recent', 'clientHistory.list'];

/**
 * Drives the Deps state machine (deps-machine.ts): events go through `send`, and the one effect a
 * transition asks for runs here as a TanStack read or mutation whose answer is sent back as an
 * event. An answer is only delivered to the step that asked for it: once the agent closed the
 * dialog (or anything else moved the flow on) it is dropped.
 */
export function useDepsFlow(client: Client) {
  const [state, setState] = useState<DepsState>(IDLE);
  const current = useRef<DepsState>(IDLE);
  const queryClient = useQueryClient();
  const clientId = client.id;

  const products = useChannelQuery(
    'bureau.products.forClient',
    { clientId },
    // Asked again at every opening: the products or the defaults may have changed in Configurações.
    { enabled: state.kind === 'product', staleTime: 0 },
  );
  const run = useChannelMutation('bureau.query.run', { invalidates: RECORDED });
  const fetchShared = useChannelMutation('bureau.query.fetchShared', { invalidates: RECORDED });
  const check = useChannelMutation('bureau.query.check', { invalidates: RECORDED });

  const perform = useRef<(effect: DepsEffect, asked: DepsState) => void>(() => undefined);
  const send = useCallback((event: DepsEvent) => {
    const { state: next, effect } = transition(current.current, event);
    if (next === current.current) return;
    current.current = next;
    setState(next);
    if (effect) perform.current(effect, next);
  }, []);

  perform.current = (effect, asked) => {
    const answer = (event: DepsEvent) => {
      if (current.current === asked) send(event);
    };
    const fail = (e: unknown) =>
      answer({ type: 'failed', message: errorMessage(e) ?? 'Falha na consulta.', key: newKey() });
    switch (effect.kind) {
      case 'checkRecent':
        queryClient
          .fetchQuery({
            queryKey: channelKey('bureau.query.recent', { clientId }),
            queryFn: () => callOrThrow('bureau.query.recent', { clientId }),
            // The 90-day prompt must see a query made a moment ago on another desktop.
            staleTime: 0,
          })
          .then((recent) => answer({ type: 'recentLoaded', recent, key: newKey() }), fail);
        return;
      case 'getStored':
        queryClient
          .fetchQuery({
            queryKey: channelKey('bureau.query.get', { id: effect.id }),
            queryFn: () => callOrThrow('bureau.query.get', { id: effect.id }),
          })
          .then((detail) => answer({ type: 'stored', detail }), fail);
        return;
      case 'fetchShared':
        fetchShared.mutate(
          { clientId, productId: effect.productId, idempotencyKey: effect.key },
          { onSuccess: (o) => answer({ type: 'outcome', outcome: o }), onError: fail },
        );
        return;
      case 'run':
        run.mutate(
          { clientId, productId: effect.productId, idempotencyKey: effect.key },
          { onSuccess: (o) => answer({ type: 'outcome', outcome: o }), onError: fail },
        );
        return;
      case 'check':
        check.mutate(
          { id: effect.id },
          { onSuccess: (o) => answer({ type: 'outcome', outcome: o }), onError: fail },
        );
    }
  };

  return {
    state,
    /** "Consulta Deps"'s products (null while they load) and why they cannot be used, if so. */
    products: products.data ?? null,
    productsError: errorMessage(products.error) ?? products.data?.problem ?? null,
    send,
    start: () => send({ type: 'open' }),
    /** A row picked in Análise crédito: its result, its check, or the shared fetch. */
    openRow: (row: BureauQueryRow) => send({ type: 'openRow', row, key: newKey() }),
    newQuery: () => send({ type: 'newQuery', key: newKey() }),
    close: () => send({ type: 'close' }),
  };
}

export type DepsFlowHandle = ReturnType<typeof useDepsFlow>;
