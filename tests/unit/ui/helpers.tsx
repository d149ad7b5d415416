/**
 * Helpers for component tests: the real locale files behind fakeBrowser's i18n, rendering
 * with react-dom into a happy-dom container, and input events React listens to.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REPO_ROOT } from '../../shared';
import { useClientsStore } from '@/components/stores/clients-store';
import { useDismissalsStore } from '@/components/stores/dismissals-store';
import { useSettingsStore } from '@/components/stores/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Makes `browser.i18n.getMessage` answer from locales/<lang>.yml, as the built extension does. */
export function setLocale(lang: 'ja' | 'en'): void {
  const text = readFileSync(join(REPO_ROOT, 'locales', `${lang}.yml`), 'utf8');
  const messages = generateChromeMessages(parseMessagesText(text, 'YAML'));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string | string[]) => {
    const message = messages[name]?.message ?? '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage);
}

/** Puts the page stores back to their first state (they are module singletons). */
export function resetStores(): void {
  for (const store of [useSettingsStore, useDismissalsStore, useClientsStore] as const) {
    (store.setState as (s: unknown, replace: true) => void)(store.getInitialState(), true);
  }
}

/** Fresh fake browser, stores and locale for each test. */
export function freshPage(lang: 'ja' | 'en' = 'ja'): void {
  fakeBrowser.reset();
  resetStores();
  setLocale(lang);
}

export interface Rendered {
  container: HTMLElement;
  unmount(): void;
}

const mounted: Rendered[] = [];

export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(element);
  });
  await settle();
  const rendered = {
    container,
    unmount() {
      act(() => root?.unmount());
      container.remove();
    },
  };
  mounted.push(rendered);
  return rendered;
}

/** Unmounts everything rendered so far (call in afterEach). */
export function cleanup(): void {
  while (mounted.length) mounted.pop()!.unmount();
}

/** Lets pending promises (storage reads and writes) and their re-renders finish. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(async () => element.click());
  await settle();
}

/** Sets a value the way typing does, so React's onChange fires. */
export async function typeInto(element: Element | null | undefined, value: string): Promise<void> {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    throw new Error('not a text field');
  }
  const proto = element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

/** The button whose visible text is exactly `text`. */
export function buttonByText(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
}

/** The form control labelled exactly `text`. */
export function fieldByLabel(root: ParentNode, text: string): HTMLInputElement | HTMLTextAreaElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const field = label?.htmlFor ? root.querySelector(`[id="${label.htmlFor}"]`) : null;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
    throw new Error(`no field labelled ${text}`);
  }
  return field;
}
