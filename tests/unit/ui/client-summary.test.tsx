import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClientSummary } from '@/components/panel/ClientSummary';
import { loadClients } from '@/utils/storage/clients';
import { readContentSettings } from '@/utils/storage/content-view';
import type { ClientFacts } from '@/utils/facts';
import { makeReport } from './fixtures';
import { act } from 'react';
import { buttonByText, cleanup, click, fieldByLabel, freshPage, render, settle, typeInto } from './helpers';
import { openTab, renderPanel, storeReport } from './panel-harness';

/** The client card's rows as label → value. */
function rows(root: ParentNode): Record<string, string> {
  return Object.fromEntries(
    [...root.querySelectorAll('.client-facts .fact-row')].map((row) => [
      row.querySelector('dt')?.textContent ?? '',
      row.querySelector('dd')?.textContent ?? '',
    ]),
  );
}

const noop = async () => true;

describe('client summary', () => {
  beforeEach(() => {
    freshPage();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the CrowdWorks facts, formatted, with unread ones as unknown', async () => {
    const client = makeReport().client!;
    const { container } = await render(
      <ClientSummary site="crowdworks" client={client} record={undefined} onSaveNote={noop} onSetBlocked={noop} />,
    );
    expect(container.querySelector('h2')?.textContent).toBe('クライアント: 株式会社テスト');
    expect(rows(container)).toEqual({
      評価: '4.62 / 5',
      評価の件数: '38',
      発注した仕事の数: '120',
      プロジェクト完了率: '95.5%',
      本人確認: '済み',
      発注ルールチェック: 'なし',
      認定クライアント: '不明',
      登録日: '2021年4月1日',
    });
  });

  it('never shows a missing number as zero', async () => {
    const { container } = await render(
      <ClientSummary site="crowdworks" client={{ id: '1', rating: null }} record={undefined} onSaveNote={noop} onSetBlocked={noop} />,
    );
    expect(Object.values(rows(container))).toEqual(Array(8).fill('不明'));
    cleanup();
    const none = await render(
      <ClientSummary site="crowdworks" client={undefined} record={undefined} onSaveNote={noop} onSetBlocked={noop} />,
    );
    expect(none.container.textContent).toContain('クライアントの情報を読み取れませんでした');
    expect(none.container.textContent).toContain('メモとブロックは使えません');
    expect(none.container.querySelector('textarea')).toBeNull();
  });

  it("lists Lancers' verification items", async () => {
    const client: ClientFacts = { id: 'x', verifications: { 本人確認: true, 電話確認: false, 新しい認証: true } };
    const { container } = await render(
      <ClientSummary site="lancers" client={client} record={undefined} onSaveNote={noop} onSetBlocked={noop} />,
    );
    const r = rows(container);
    expect([r['本人確認'], r['電話確認'], r['新しい認証']]).toEqual(['済み', 'なし', '済み']);
    expect(r['発注ルールチェック']).toBeUndefined();
    cleanup();
    const plain = await render(
      <ClientSummary site="lancers" client={{ id: 'y', identityVerified: false }} record={undefined} onSaveNote={noop} onSetBlocked={noop} />,
    );
    expect(rows(plain.container)['本人確認']).toBe('なし');
  });

  it('shows a hostile client name as text', async () => {
    const { container } = await render(
      <ClientSummary
        site="crowdworks"
        client={{ id: '1', name: '<img src=x onerror=alert(1)>\u202Eevil' }}
        record={undefined}
        onSaveNote={noop}
        onSetBlocked={noop}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('h2')?.textContent).toBe('クライアント: <img src=x onerror=alert(1)>[U+202E]evil');
  });

  it('saves the note to storage and shows it again after a reload', async () => {
    const tab = await openTab('https://crowdworks.jp/public/jobs/12345');
    await storeReport(tab, makeReport());
    let { container } = await renderPanel(tab);
    const save = () => buttonByText(container, 'メモを保存')!;
    expect(save().disabled).toBe(true);
    await typeInto(fieldByLabel(container, 'あなたのメモ'), '検収が早い。丁寧。');
    expect(save().disabled).toBe(false);
    await click(save());
    expect(container.textContent).toContain('保存しました');
    expect((await loadClients()).value['crowdworks:777']).toMatchObject({
      name: '株式会社テスト',
      note: '検収が早い。丁寧。',
      blocked: false,
    });

    cleanup();
    ({ container } = await renderPanel(tab));
    expect(fieldByLabel(container, 'あなたのメモ').value).toBe('検収が早い。丁寧。');
  });

  it('blocks the client: stored for the content script, banner shown, page re-analysed', async () => {
    const tab = await openTab('https://crowdworks.jp/public/jobs/12345');
    await storeReport(tab, makeReport());
    const { container } = await renderPanel(tab);
    await click(fieldByLabel(container, 'このクライアントをブロックする'));
    expect((await readContentSettings()).blockedClients).toEqual(new Set(['crowdworks:777']));
    expect(container.querySelector('.blocked-banner')?.textContent).toBe('あなたがブロックしたクライアントです。');
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(tab, { type: 'reanalyze' });
    await click(fieldByLabel(container, 'このクライアントをブロックする'));
    expect((await readContentSettings()).blockedClients).toEqual(new Set());
    expect(container.querySelector('.blocked-banner')).toBeNull();
  });

  it('follows the click while the block is saved, and puts it back with a message when saving fails', async () => {
    let finish: (saved: boolean) => void = () => undefined;
    const onSetBlocked = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const client = makeReport().client!;
    const { container } = await render(
      <ClientSummary site="crowdworks" client={client} record={{ site: 'crowdworks', clientId: '777', note: '', blocked: false, updatedAt: 1 }} onSaveNote={noop} onSetBlocked={onSetBlocked} />,
    );
    const box = () => fieldByLabel(container, 'このクライアントをブロックする') as HTMLInputElement;
    await click(box());
    expect(onSetBlocked).toHaveBeenCalledWith(true);
    expect(box().checked).toBe(true);
    await act(async () => finish(false));
    await settle();
    expect(box().checked).toBe(false);
    expect(container.querySelector('.block-toggle [role="status"]')?.textContent).toBe('保存できませんでした。もう一度お試しください。');
  });

  it('is not shown on pages without a client', async () => {
    const tab = await openTab('https://crowdworks.jp/public/jobs');
    await storeReport(tab, makeReport({ kind: 'job-list', subjectId: undefined }));
    const { container } = await renderPanel(tab);
    expect(container.querySelector('.client-summary')).toBeNull();
  });

  it('reads in English when the browser is English', async () => {
    freshPage('en');
    const client = makeReport().client!;
    const { container } = await render(
      <ClientSummary site="crowdworks" client={client} record={undefined} onSaveNote={noop} onSetBlocked={noop} />,
    );
    const r = rows(container);
    expect(r['Rating']).toBe('4.62 / 5');
    expect(r['Registered']).toBe('April 1, 2021');
    expect(r['Certified client']).toBe('Unknown');
  });
});
