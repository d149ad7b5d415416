/**
 * Loads the stored settings, dismissals and client records into their stores when a page
 * mounts, and follows later changes from other pages until it unmounts.
 */
import { useEffect } from 'react';
import { useClientsStore } from './clients-store';
import { useDismissalsStore } from './dismissals-store';
import { useSettingsStore } from './settings-store';

const STORES = [useSettingsStore, useDismissalsStore, useClientsStore] as const;

/** Returns true once all three have loaded. */
export function useStoredData(): boolean {
  useEffect(() => {
    const stops = STORES.map((store) => {
      void store.getState().load();
      return store.getState().watch();
    });
    return () => stops.forEach((stop) => stop());
  }, []);
  const settingsLoaded = useSettingsStore((s) => s.loaded);
  const dismissalsLoaded = useDismissalsStore((s) => s.loaded);
  const clientsLoaded = useClientsStore((s) => s.loaded);
  return settingsLoaded && dismissalsLoaded && clientsLoaded;
}
