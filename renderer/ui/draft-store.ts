/**
 * Drafts of forms whose save failed (the central database unreachable, or any other answer
 * that was not a success): kept per form + client + user in this window's storage, so closing
 * the dialog or reloading loses nothing typed; the dialog offers them again next time.
 */
import { useState } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface Draft {
  values: unknown;
  keptAt: string;
}

interface DraftState {
  drafts: Record<string, Draft>;
  keep(key: string, values: unknown): void;
  clear(key: string): void;
}

/** A draft older than this is someone's forgotten attempt, not work to recover. */
const MAX_AGE_MS = 7 * 86_400_000;

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      keep: (key, values) =>
        set((s) => ({ drafts: { ...s.drafts, [key]: { values, keptAt: new Date().toISOString() } } })),
      clear: (key) =>
        set((s) => {
          if (!(key in s.drafts)) return s;
          const { [key]: _gone, ...rest } = s.drafts;
          return { drafts: rest };
        }),
    }),
    { name: 'central-form-drafts', storage: createJSONStorage(() => localStorage) },
  ),
);

export interface FormDraft<T> {
  /** The draft found when the form opened (null: none). */
  recovered: T | null;
  /** A save failed: keep what was typed. */
  keep(values: T): void;
  /** Saved, or the user discarded it. */
  clear(): void;
}

/** One form's draft; `key` names the form and the record it belongs to (e.g. activity:<user>:<client>). */
export function useFormDraft<T>(key: string): FormDraft<T> {
  const [recovered] = useState<T | null>(() => {
    const d = useDraftStore.getState().drafts[key];
    if (!d || Date.now() - Date.parse(d.keptAt) > MAX_AGE_MS) return null;
    return d.values as T;
  });
  return {
    recovered,
    keep: (values) => useDraftStore.getState().keep(key, values),
    clear: () => useDraftStore.getState().clear(key),
  };
}
