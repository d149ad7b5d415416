import type { Site } from '../facts';

/** Which supported site a URL belongs to, or null. Only exact hosts over https count. */
export function siteOf(url: string): Site | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.host;
  } catch {
    return null;
  }
  if (host === 'crowdworks.jp') return 'crowdworks';
  if (host === 'www.lancers.jp') return 'lancers';
  return null;
}
