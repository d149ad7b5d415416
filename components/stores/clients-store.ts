/** Client notes and the blocklist as the pages see them; changes are written first. */
import { create } from 'zustand';
import type { Site } from '@/utils/facts';
import { loadClients, removeClient, updateClient, type ClientChange } from '@/utils/storage/clients';
import { clientsItem } from '@/utils/storage/items';
import type { ClientRecords } from '@/utils/storage/records';

export interface ClientsState {
  clients: ClientRecords;
  loaded: boolean;
  movedAsideTo: string | null;
  saveFailed: boolean;
  load(): Promise<void>;
  update(site: Site, clientId: string, change: ClientChange): Promise<boolean>;
  remove(key: string): Promise<boolean>;
  watch(): () => void;
}

export const useClientsStore = create<ClientsState>()((set, get) => {
  const write = async (run: () => Promise<ClientRecords>): Promise<boolean> => {
    try {
      set({ clients: await run(), saveFailed: false });
      return true;
    } catch {
      set({ saveFailed: true });
      return false;
    }
  };
  return {
    clients: {},
    loaded: false,
    movedAsideTo: null,
    saveFailed: false,
    async load() {
      const { value, movedAsideTo } = await loadClients();
      set({ clients: value, loaded: true, movedAsideTo: movedAsideTo ?? get().movedAsideTo });
    },
    update: (site, clientId, change) => write(() => updateClient(site, clientId, change)),
    remove: (key) => write(() => removeClient(key)),
    watch: () => clientsItem.watch(() => void get().load()),
  };
});
