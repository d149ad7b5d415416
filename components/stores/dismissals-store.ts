/** Dismissed findings as the pages see them; every change is written to storage first. */
import { create } from 'zustand';
import { addDismissal, loadDismissals, removeDismissal } from '@/utils/storage/dismissals';
import { dismissalsItem } from '@/utils/storage/items';
import type { Dismissal, Dismissals } from '@/utils/storage/records';

export interface DismissalsState {
  dismissals: Dismissals;
  loaded: boolean;
  movedAsideTo: string | null;
  saveFailed: boolean;
  load(): Promise<void>;
  dismiss(input: Omit<Dismissal, 'at'>): Promise<boolean>;
  undo(key: string): Promise<boolean>;
  watch(): () => void;
}

export const useDismissalsStore = create<DismissalsState>()((set, get) => {
  const write = async (run: () => Promise<Dismissals>): Promise<boolean> => {
    try {
      set({ dismissals: await run(), saveFailed: false });
      return true;
    } catch {
      set({ saveFailed: true });
      return false;
    }
  };
  return {
    dismissals: {},
    loaded: false,
    movedAsideTo: null,
    saveFailed: false,
    async load() {
      const { value, movedAsideTo } = await loadDismissals();
      set({ dismissals: value, loaded: true, movedAsideTo: movedAsideTo ?? get().movedAsideTo });
    },
    dismiss: (input) => write(() => addDismissal(input)),
    undo: (key) => write(() => removeDismissal(key)),
    watch: () => dismissalsItem.watch(() => void get().load()),
  };
});
