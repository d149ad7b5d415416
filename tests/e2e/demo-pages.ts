/**
 * Demo pages: what `npm run demo` shows and what the e2e tests can reuse. Each is served at
 * the site's real URL. Real saved listing pages come from ../shared when it is present.
 */
import { existsSync } from 'node:fs';
import { fixtureHtml, type RoutedPage } from './harness';
import { SHARED_DIR } from '../shared';
import { join } from 'node:path';

export interface DemoPage extends RoutedPage {
  /** File name of the screenshot in demo-output/. */
  shot: string;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font-family:sans-serif;max-width:760px;margin:2em auto;line-height:1.7}</style></head>` +
  `<body><h1>${title}</h1>${body}</body></html>`;

export function demoPages(): DemoPage[] {
  const pages: DemoPage[] = [
    {
      shot: 'crowdworks-job',
      url: 'https://crowdworks.jp/public/jobs/9000001',
      html: page(
        '【未経験OK】スマホで簡単データ入力',
        '<p>スキマ時間にスマホだけでできるお仕事です。</p><p>詳細はLINEでお伝えしますので、友だち追加をお願いします。</p>',
      ),
    },
  ];
  const listing = join(SHARED_DIR, 'fixtures', 'pages', 'cw_cat249_p2.html');
  if (existsSync(listing)) {
    pages.push({ shot: 'crowdworks-listing', url: 'https://crowdworks.jp/public/jobs/category/249?page=2', html: () => fixtureHtml(listing) });
  }
  return pages;
}
