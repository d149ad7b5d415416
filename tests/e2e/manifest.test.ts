/**
 * Issue 8, permissions: the built manifests of both stores, checked as a reviewer would.
 * Exactly the permissions the code uses, host access to the two supported sites only, no
 * way for web pages or other extensions to connect, no remote code, no eval, no network from
 * extension pages, and Firefox's "collects no data" declaration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../shared';

const OUT_DIR = join(REPO_ROOT, process.env.OMAMORI_OUT_DIR ?? '.output');
const HOSTS = ['https://crowdworks.jp/*', 'https://www.lancers.jp/*'];

/** API permissions, by build: storage (settings, reports), sidePanel, alarms + notifications (contract reminders). */
const API_PERMISSIONS = {
  chrome: ['alarms', 'notifications', 'sidePanel', 'storage'],
  firefox: ['alarms', 'notifications', 'storage'],
};

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  web_accessible_resources?: unknown;
};

function readManifest(build: 'chrome-mv3' | 'firefox-mv2'): Manifest {
  return JSON.parse(readFileSync(join(OUT_DIR, build, 'manifest.json'), 'utf8')) as Manifest;
}

const isHost = (permission: string) => permission.includes('://') || permission === '<all_urls>';

/** The directives of a CSP string, by name. */
function cspDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return directives;
}

/** What every CSP of ours must say: own scripts only, no plugins, no connections at all. */
function expectStrictCsp(policy: unknown): void {
  expect(typeof policy).toBe('string');
  const csp = cspDirectives(policy as string);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('connect-src')).toEqual(["'none'"]);
  // No remote host, eval or inline script in any directive.
  for (const [name, values] of csp) {
    for (const value of values) {
      expect(value, `${name} ${value}`).not.toMatch(/^(https?:|wss?:|\*|data:|blob:|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval')/);
    }
  }
}

/** What both builds share: host access, content script reach, nothing exposed to the web. */
function expectNoExtraReach(manifest: Manifest): void {
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  expect(manifest).not.toHaveProperty('externally_connectable');
  expect(manifest).not.toHaveProperty('optional_permissions');
  expect(manifest).not.toHaveProperty('optional_host_permissions');
  expect(manifest).not.toHaveProperty('web_accessible_resources');
  expect(manifest).not.toHaveProperty('update_url');
  for (const script of manifest.content_scripts ?? []) {
    expect([...(script.matches ?? [])].sort()).toEqual(HOSTS);
    // Content scripts come from the package, never from a URL.
    for (const file of script.js ?? []) expect(file).not.toMatch(/^(https?:)?\/\//);
  }
}

describe('Chrome (MV3) manifest', () => {
  const manifest = readManifest('chrome-mv3');

  it('asks for exactly storage, sidePanel, alarms and notifications, and the two sites', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(API_PERMISSIONS.chrome);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(HOSTS);
  });

  it('reaches nothing else: no <all_urls>, no externally_connectable, no web-accessible files', () => {
    expectNoExtraReach(manifest);
  });

  it('runs only its own code and lets extension pages connect nowhere', () => {
    const csp = manifest.content_security_policy as Record<string, unknown>;
    expect(Object.keys(csp)).toEqual(['extension_pages']);
    expectStrictCsp(csp.extension_pages);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
  });
});

describe('Firefox (MV2) manifest', () => {
  const manifest = readManifest('firefox-mv2');
  const permissions = manifest.permissions ?? [];

  it('asks for exactly storage, alarms and notifications, and the two sites', () => {
    expect(permissions.filter((p) => !isHost(p)).sort()).toEqual(API_PERMISSIONS.firefox);
    expect(permissions.filter(isHost).sort()).toEqual(HOSTS);
  });

  it('reaches nothing else: no <all_urls>, no externally_connectable, no web-accessible files', () => {
    expectNoExtraReach(manifest);
  });

  it('runs only its own code and lets extension pages connect nowhere', () => {
    expectStrictCsp(manifest.content_security_policy);
    const background = manifest.background as { scripts?: string[]; page?: string };
    expect(background.scripts).toEqual(['background.js']);
  });

  it('declares that it collects no data', () => {
    const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko?.id).toEqual(expect.any(String));
  });
});
