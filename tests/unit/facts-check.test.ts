import { describe, expect, it } from 'vitest';
import { checkPageFacts } from '@/utils/facts-check';
import type { PageFacts } from '@/utils/facts';

const facts: PageFacts = {
  site: 'lancers',
  kind: 'messages',
  url: 'https://www.lancers.jp/mypage/message?boardId=1',
  client: { name: 'client', rating: 4.5 },
  contract: { status: 'active', funded: true },
  messages: [{ own: false, text: 'よろしくお願いします' }],
  texts: [{ id: 'message:0', kind: 'message', text: 'よろしくお願いします' }],
  cards: [],
  missing: [],
};

describe('checkPageFacts', () => {
  it('passes valid facts through unchanged', () => {
    expect(checkPageFacts(facts)).toEqual(facts);
  });

  it('drops each invalid part on its own and names it missing, keeping the rest', () => {
    const checked = checkPageFacts({ ...facts, contract: { status: 'exploded' }, cards: [{ jobId: 1 }], missing: ['client.reviews'] });
    expect(checked).toEqual({ ...facts, contract: undefined, missing: ['client.reviews', 'cards', 'contract'] });
    expect(checked).not.toHaveProperty('contract');
  });

  it('keeps the facts when only the missing list is invalid', () => {
    expect(checkPageFacts({ ...facts, missing: 'all' })).toEqual({ ...facts, missing: ['missing'] });
  });

  it('gives null when site, kind or url is invalid, or the facts are not an object', () => {
    for (const bad of [null, 'facts', 7, [facts], { ...facts, site: 'coconala' }, { ...facts, kind: 'admin' }, { ...facts, url: 1 }]) {
      expect(checkPageFacts(bad)).toBeNull();
    }
  });
});
