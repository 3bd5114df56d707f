import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type {
  BureauProductChoice,
  BureauQueryDetail,
  BureauQueryRow,
  BureauRunOutcome,
  RecentBureauQuery,
} from '../../../shared/ipc/dto/bureau';
import type { Client } from '../../../shared/ipc/dto/clients';
import type { Result } from '../../../shared/ipc/result';
import { call } from '../../lib/api';
import { channelKey } from '../../lib/query';

export type DepsStep =
  | { kind: 'idle' }
  | { kind: 'product'; choice: BureauProductChoice | null; error: string | null }
  | { kind: 'recent'; productId: string; recent: RecentBureauQuery; error: string | null }
  | { kind: 'confirm'; productId: string; erpNote: string | null; error: string | null }
  | { kind: 'result'; detail: BureauQueryDetail; note: string | null; editing: boolean }
  | { kind: 'unknown'; row: BureauQueryRow; message: string; error: string | null };

/** One key per confirmation: every repeat of the same click or Enter carries it, so it is paid once. */
const newKey = (): string => crypto.randomUUID();

/** The Deps button's steps: product → recent query (if any) → charge confirmation → result → limit. */
export function useDepsFlow(client: Client) {
  const [step, setStep] = useState<DepsStep>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const key = useRef<string>(newKey());
  const running = useRef(false);
  const queryClient = useQueryClient();

  const guarded = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const start = useCallback(async () => {
    setStep({ kind: 'product', choice: null, error: null });
    const r = await call('bureau.products.forClient', { clientId: client.id });
    setStep({
      kind: 'product',
      choice: r.ok ? r.value : null,
      error: r.ok ? r.value.problem : r.error.message,
    });
  }, [client.id]);

  const showOutcome = useCallback(
    (r: Result<BureauRunOutcome>, onError: (message: string) => void) => {
      if (!r.ok) return onError(r.error.message);
      // A query was recorded (paid, reused or unknown): Análise crédito and Histórico list it.
      for (const c of ['bureau.query.list', 'bureau.query.recent', 'clientHistory.list'] as const)
        void queryClient.invalidateQueries({ queryKey: channelKey(c) });
      if (r.value.status === 'succeeded') {
        // An answer about someone else stays on the result and its red warning, not on the limit step.
        setStep({
          kind: 'result',
          detail: r.value.detail,
          note: r.value.receivablesNote,
          editing: r.value.detail.subjectCheck.matches,
        });
      } else setStep({ kind: 'unknown', row: r.value.row, message: r.value.message, error: null });
    },
    [queryClient],
  );

  const chooseProduct = (productId: string) =>
    guarded(async () => {
      const r = await call('bureau.query.recent', { clientId: client.id });
      if (!r.ok) return setStep((s) => (s.kind === 'product' ? { ...s, error: r.error.message } : s));
      key.current = newKey();
      if (r.value.row) setStep({ kind: 'recent', productId, recent: r.value, error: null });
      else setStep({ kind: 'confirm', productId, erpNote: r.value.erpNote, error: null });
    });

  const openStored = (row: BureauQueryRow, productId: string) =>
    guarded(async () => {
      const fail = (message: string) => setStep((s) => (s.kind === 'recent' ? { ...s, error: message } : s));
      if (row.status === 'unknown' && row.id !== null) {
        return setStep({ kind: 'unknown', row, message: row.errorMessage ?? '', error: null });
      }
      if (row.id !== null && row.hasResult) {
        const r = await call('bureau.query.get', { id: row.id });
        if (!r.ok) return fail(r.error.message);
        return setStep({ kind: 'result', detail: r.value, note: null, editing: false });
      }
      const r = await call('bureau.query.fetchShared', {
        clientId: client.id,
        productId: row.productId || productId,
        idempotencyKey: newKey(),
      });
      showOutcome(r, fail);
    });

  const confirm = (productId: string) =>
    guarded(async () => {
      const r = await call('bureau.query.run', {
        clientId: client.id,
        productId,
        idempotencyKey: key.current,
      });
      showOutcome(r, (message) => {
        // A definitive failure: trying again is a new, explicitly confirmed query.
        key.current = newKey();
        setStep((s) => (s.kind === 'confirm' ? { ...s, error: message } : s));
      });
    });

  const check = (id: number) =>
    guarded(async () => {
      const r = await call('bureau.query.check', { id });
      if (!r.ok) return setStep((s) => (s.kind === 'unknown' ? { ...s, error: r.error.message } : s));
      if (r.value.status === 'succeeded') {
        setStep({
          kind: 'result',
          detail: r.value.detail,
          note: null,
          editing: r.value.detail.subjectCheck.matches,
        });
      } else setStep({ kind: 'unknown', row: r.value.row, message: r.value.message, error: null });
    });

  return {
    step,
    busy,
    setStep,
    start,
    chooseProduct,
    openStored,
    confirm,
    check,
    newQuery: (productId: string, erpNote: string | null) => {
      key.current = newKey();
      setStep({ kind: 'confirm', productId, erpNote, error: null });
    },
    close: () => setStep({ kind: 'idle' }),
  };
}
