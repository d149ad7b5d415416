/**
 * The versioned storage items (`local:` only, never `sync:`). Zod-free: the content script
 * reads these same items through ./content-view.ts; the pages validate what they read
 * through ./validated-read.ts. Migrations run when an item is defined, as WXT does.
 */
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../settings-schema';
import { CLIENTS_KEY, CONTRACTS_KEY, DISMISSALS_KEY, SETTINGS_KEY, STORAGE_VERSIONS } from './keys';
import { SETTINGS_MIGRATIONS } from './migrations';
import type { ClientRecords, Dismissals, TrackedContracts } from './records';
import { SETTINGS_DEFAULTS } from './settings-defaults';

const NO_DISMISSALS: Dismissals = Object.freeze({});
const NO_CLIENTS: ClientRecords = Object.freeze({});
const NO_CONTRACTS: TrackedContracts = Object.freeze({});

/** Defines the settings item; exported separately so tests can define it after seeding storage. */
export function defineSettingsItem() {
  return storage.defineItem<Settings>(SETTINGS_KEY, {
    fallback: SETTINGS_DEFAULTS,
    version: STORAGE_VERSIONS.settings,
    migrations: SETTINGS_MIGRATIONS,
  });
}

export function defineDismissalsItem() {
  return storage.defineItem<Dismissals>(DISMISSALS_KEY, {
    fallback: NO_DISMISSALS,
    version: STORAGE_VERSIONS.dismissals,
    migrations: {},
  });
}

export function defineClientsItem() {
  return storage.defineItem<ClientRecords>(CLIENTS_KEY, {
    fallback: NO_CLIENTS,
    version: STORAGE_VERSIONS.clients,
    migrations: {},
  });
}

export function defineContractsItem() {
  return storage.defineItem<TrackedContracts>(CONTRACTS_KEY, {
    fallback: NO_CONTRACTS,
    version: STORAGE_VERSIONS.contracts,
    migrations: {},
  });
}

export const settingsItem = defineSettingsItem();
export const dismissalsItem = defineDismissalsItem();
export const clientsItem = defineClientsItem();
export const contractsItem = defineContractsItem();
