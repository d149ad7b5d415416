/**
 * UI text through the browser's i18n (`locales/<lang>.yml`, built into `_locales`): Japanese
 * by default, English when the browser's language is English.
 */
import { i18n } from '#i18n';

export const t = i18n.t;

export type UiLanguage = 'ja' | 'en';

/**
 * The language the browser picked for our messages. Read from a message of its own rather
 * than from the browser language, so guidance and UI text always agree.
 */
export function uiLanguage(): UiLanguage {
  return t('meta.lang') === 'en' ? 'en' : 'ja';
}

/** BCP 47 tag for number and date formatting in the UI language. */
export function localeTag(): string {
  return uiLanguage() === 'en' ? 'en-US' : 'ja-JP';
}
