/**
 * Which source addresses may become links. Only addresses from a rule's own guidance are ever
 * considered (never anything read from a page), and of those only https pages on the
 * platforms' or the Japanese government's own domains: a typo or a hostile edit in the rule
 * data cannot turn into a link to anywhere else.
 */
const OFFICIAL_DOMAINS = [
  'crowdworks.jp',
  'crowdworks.co.jp',
  // CrowdWorks' FAQ and help desk are hosted on Salesforce under crowdworks subdomains.
  'crowdworks.my.salesforce-sites.com',
  'crowdworks.secure.force.com',
  'crowdworks.my.site.com',
  'lancers.jp',
  // Government: 警察庁 (npa.go.jp), 消費者庁 (caa.go.jp), 国民生活センター (kokusen.go.jp).
  'go.jp',
];

/** The address to link to, or null when it must be shown as plain text. */
export function officialHref(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  const host = parsed.hostname.toLowerCase();
  const official = OFFICIAL_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
  return official ? parsed.href : null;
}
