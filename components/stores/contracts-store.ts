/**
 * Tracked contracts as the pages see them (the popup's due reminders, the options list);
 * the background records them, the options page stops tracking them.
 */
import { create } from 'zustand';
import { useEffect } from 'react';
import { loadTrackedContracts, stopTracking } from '@/utils/storage/contracts';
import { contractsItem } from '@/utils/storage/items';
import type { TrackedContracts } from '@/utils/storage/records';

export interface ContractsState {
  contracts: TrackedContracts;
  loaded: boolean;
  movedAsideTo: string | null;
  saveFailed: boolean;
  load(): Promise<void>;
  /** Stops tracking one contract (deletes its record). */
  stop(key: string): Promise<boolean>;
  watch(): () => void;
}

export const useContractsStore = create<ContractsState>()((set, get) => ({
  contracts: {},
  loaded: false,
  movedAsideTo: null,
  saveFailed: false,
  async load() {
    const { value, movedAsideTo } = await loadTrackedContracts();
    set({ contracts: value, loaded: true, movedAsideTo: movedAsideTo ?? get().movedAsideTo });
  },
  async stop(key) {
    try {
      set({ contracts: await stopTracking(key), saveFailed: false });
      return true;
    } catch {
      set({ saveFailed: true });
      return false;
    }
  },
  // The background writes whenever a contract page is read: follow it.
  watch: () => contractsItem.watch(() => void get().load()),
}));

/** Loads the tracked contracts when a page mounts and follows changes; true once loaded. */
export function useTrackedContracts(): boolean {
  useEffect(() => {
    void useContractsStore.getState().load();
    return useContractsStore.getState().watch();
  }, []);
  return useContractsStore((s) => s.loaded);
}
