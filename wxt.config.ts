import { defineConfig } from 'wxt';

/**
 * Build configuration for Chrome (MV3) and Firefox.
 * Permissions are exactly what the code uses; host access is limited to the two supported
 * sites. Extension pages may not connect anywhere (connect-src 'none'): nothing leaves the
 * browser.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // OMAMORI_OUT_DIR lets parallel checks build side by side; `.output` otherwise.
  outDir: process.env.OMAMORI_OUT_DIR ?? '.output',
  // The Firefox sources package holds what a reviewer needs to rebuild, not local output.
  zip: { excludeSources: ['demo-output/**', 'test-output/**', '.output-*/**'] },
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Omamori お守り',
    default_locale: 'ja',
    description:
      'クラウドソーシングのトラブルを未然に防ぐ: CrowdWorks と Lancers の危険なサインをその場で知らせます。',
    // alarms + notifications: the opt-in daily reminder for tracked contracts.
    permissions:
      browser === 'firefox' ? ['storage', 'alarms', 'notifications'] : ['storage', 'sidePanel', 'alarms', 'notifications'],
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
  hooks: {
    // An invalid rule fails the build, naming the rule id and the path inside it. Imported
    // here rather than at the top so that only builds (not `wxt prepare`) load the rules.
    'build:before': async () => {
      // One after the other: they share modules, and the loader must finish each first.
      const { RULES } = await import('./rules/index');
      const { GUIDANCE } = await import('./rules/guidance');
      const { assertValidRuleSet } = await import('./utils/engine/validate');
      assertValidRuleSet(RULES, GUIDANCE);
    },
  },
});
