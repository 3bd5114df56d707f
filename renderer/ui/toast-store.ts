import { create } from 'zustand';

export type ToastTone = 'ok' | 'bad' | 'info';
export interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
}

interface Toasts {
  items: ToastItem[];
  push: (message: string, tone?: ToastTone) => void;
  dismiss: (id: number) => void;
}

let next = 1;

/** Short confirmations of an action ("Conexão OK", "Produtos atualizados"); client state only. */
export const useToasts = create<Toasts>((set) => ({
  items: [],
  push: (message, tone = 'ok') =>
    set((s) => ({ items: [...s.items.slice(-3), { id: next++, message, tone }] })),
  dismiss: (id) => set((s) => ({ items: s.items.filter((t) => t.id !== id) })),
}));

/** Shows a toast from anywhere (event handlers, async results). */
export const notify = (message: string, tone?: ToastTone) => useToasts.getState().push(message, tone);
