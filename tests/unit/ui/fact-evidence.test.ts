import { beforeEach, describe, expect, it } from 'vitest';
import { readFact } from '@/components/panel/fact-evidence';
import { freshPage } from './helpers';

const fact = (path: string, text: string) => ({ source: `fact:${path}`, text, start: 0, end: text.length });
const NOW = Date.parse('2026-11-21T10:00:00+09:00');

describe('facts behind a finding, as people read them', () => {
  beforeEach(() => freshPage('ja'));

  it('turns booleans, statuses and dates into words', () => {
    expect(readFact(fact('client.identityVerified', 'false'), NOW)).toEqual({ label: '本人確認', value: 'なし' });
    expect(readFact(fact('contract.status', 'delivered'), NOW)).toEqual({ label: '契約の状態', value: '納品済み（検収待ち）' });
    expect(readFact(fact('contract.funded', 'false'), NOW).value).toBe('仮払い前');
    expect(readFact(fact('contract.deliveredAt', '2026-11-13T10:00:00+09:00'), NOW)).toEqual({
      label: '納品日',
      value: '2026年11月13日（8 日前）',
    });
    expect(readFact(fact('site', 'lancers'), NOW).value).toBe('ランサーズ (Lancers)');
  });

  it('keeps the raw text of a fact it does not know', () => {
    expect(readFact(fact('something.new', 'x<y'), NOW)).toEqual({ label: 'ページの情報', value: 'x<y' });
  });
});
