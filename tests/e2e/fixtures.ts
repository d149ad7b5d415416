/**
 * Fixture pages for the e2e tests, served at the sites' real URLs: the hand-built detail,
 * thread and contract pages in tests/fixtures/pages, and the real saved listing pages from
 * ../shared/fixtures/pages.
 */
import { join } from 'node:path';
import { HAND_BUILT_PAGES } from '../fixtures/pages/manifest';
import { REPO_ROOT, sharedPath } from '../shared';
import { fixtureHtml, type RoutedPage } from './harness';

export function handBuilt(file: string): RoutedPage {
  const page = HAND_BUILT_PAGES.find((p) => p.file === file);
  if (!page) throw new Error(`no hand-built fixture ${file}`);
  return { url: page.url, html: fixtureHtml(join(REPO_ROOT, 'tests', 'fixtures', 'pages', file)) };
}

export const REAL_LISTINGS = {
  crowdworks: { url: 'https://crowdworks.jp/public/jobs/category/249?page=2', file: sharedPath('fixtures', 'pages', 'cw_cat249_p2.html') },
  crowdworksSmall: { url: 'https://crowdworks.jp/public/jobs/category/16', file: sharedPath('fixtures', 'pages', 'cw_cat16.html') },
  lancers: { url: 'https://www.lancers.jp/work/search?keyword=Excel', file: sharedPath('fixtures', 'pages', 'ln_excel.html') },
} as const;

export function realListing(name: keyof typeof REAL_LISTINGS, edit: (html: string) => string = (h) => h): RoutedPage {
  const { url, file } = REAL_LISTINGS[name];
  return { url, html: edit(fixtureHtml(file)) };
}

/**
 * The saved CrowdWorks listings hold the jobs only as JSON in #vue-container[data]; on the
 * live site the page's Vue app then renders the cards and the data attribute goes away. This
 * stand-in for that app does the same shortly after load, so tests see what users see.
 */
export function withListingApp(html: string, delayMs = 300): string {
  const app = `<script>
setTimeout(() => {
  const box = document.getElementById('vue-container');
  if (!box) return;
  const data = JSON.parse(box.getAttribute('data'));
  const r = data.searchResult;
  const entries = [].concat(r.pr_diamond || [], r.pr_platinum || [], r.pr_gold || [], r.job_offers || []);
  const list = document.createElement('ul');
  for (const e of entries) {
    const li = document.createElement('li');
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = '/public/jobs/' + e.job_offer.id;
    a.textContent = e.job_offer.title;
    h.append(a);
    const p = document.createElement('p');
    p.textContent = e.job_offer.description_digest || '';
    li.append(h, p);
    list.append(li);
  }
  box.removeAttribute('data');
  box.replaceChildren(list);
}, ${delayMs});
</script>`;
  return html.includes('</body>') ? html.replace('</body>', `${app}</body>`) : html + app;
}
