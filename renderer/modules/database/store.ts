import { create } from 'zustand';
import { call, onEvent } from '../../lib/api';

interface DatabaseState {
  corrupt: boolean;
  load(): Promise<void>;
  watch(): () => void;
}

/** Whether main found the database damaged: the whole window then shows the corruption screen. */
export const useDatabaseHealth = create<DatabaseState>((set) => ({
  corrupt: false,
  async load() {
    const r = await call('db.health', {});
    // A file refused at start answers every call with an error: App shows that as fatal instead.
    if (r.ok) set({ corrupt: r.value.corrupt });
  },
  watch: () => onEvent('db.health', (p) => set({ corrupt: p.corrupt })),
}));
