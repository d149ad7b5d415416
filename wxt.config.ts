import { defineConfig } from 'wxt';

/**
 * Build configuration for Chrome (MV3) and Firefox.
 * Permissions are exactly what the code uses; host access is limited to the two supported
 * sites. Extension pages may not connect anywhere (connect-src 'none'): nothing leaves the
 * browser.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Omamori お守り',
    description:
      'クラウドソーシングのトラブルを未然に防ぐ: CrowdWorks と Lancers の危険なサインをその場で知らせます。',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: ['https://crowdworks.jp/*', 'https://www.lancers.jp/*'],
    action: { default_title: 'Omamori' },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; connect-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; connect-src 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'omamori@omamori.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
