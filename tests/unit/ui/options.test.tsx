import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/components/Options';
import { updateClient, loadClients } from '@/utils/storage/clients';
import { addDismissal } from '@/utils/storage/dismissals';
import { buildExport } from '@/utils/storage/export-import';
import { listBackups } from '@/utils/storage/backups';
import { loadSettings, updateSettings } from '@/utils/storage/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import { GUIDANCE } from './fixtures';
import { buttonByText, cleanup, click, fieldByLabel, freshPage, render, settle, typeInto } from './helpers';

const RULES = [
  { id: 'mlm/recruiting', category: 'mlm', severity: 'warning' },
  { id: 'off-platform-contact/line-id', category: 'off-platform-contact', severity: 'danger' },
  { id: 'off-platform-contact/email', category: 'off-platform-contact', severity: 'warning' },
] as const;

function renderOptions(rules: readonly (typeof RULES)[number][] = RULES) {
  return render(<Options rules={rules} guidance={GUIDANCE} />);
}

/** Captures what the page hands to the browser's download. */
function captureDownloads(): { files: () => Promise<{ name: string; json: unknown }[]> } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return {
    files: () => Promise.all(blobs.map(async (b, i) => ({ name: names[i]!, json: JSON.parse(await b.text()) }))),
  };
}

async function chooseFile(container: HTMLElement, contents: string): Promise<void> {
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([contents], 'omamori.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(10);
}

describe('options page', () => {
  beforeEach(() => freshPage());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('lists rules by category with their severity, and switches a rule off', async () => {
    const { container } = await renderOptions();
    const groups = [...container.querySelectorAll('.rule-group')];
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual(['サイト外での連絡', 'マルチ商法 (MLM)']);
    expect([...groups[0]!.querySelectorAll('.rule-row')].map((r) => r.textContent)).toEqual([
      'サイト外の連絡先 (LINE) に誘っています危険off-platform-contact/line-id',
      'off-platform-contact/email注意off-platform-contact/email',
    ]);
    const toggle = fieldByLabel(container, 'off-platform-contact/email') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await click(toggle);
    expect((await loadSettings()).value.disabledRules).toEqual(['off-platform-contact/email']);
    expect(toggle.checked).toBe(false);
  });

  it('says so when there are no rules yet', async () => {
    const { container } = await renderOptions([]);
    expect(container.textContent).toContain('ルールはまだありません。');
  });

  it('saves thresholds only when every value is in range', async () => {
    const { container } = await renderOptions();
    const rating = fieldByLabel(container, 'クライアント評価の下限 (これより低いと注意)');
    const lancersDays = fieldByLabel(container, 'クライアントから返信がないまま知らせるまでの日数 (ランサーズ)');
    expect(rating.value).toBe('4');
    await typeInto(rating, '7');
    await typeInto(lancersDays, '10');
    await click(buttonByText(container, 'しきい値を保存'));
    expect(rating.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector(`[id="${rating.getAttribute('aria-describedby')}"]`)?.className).toBe('error');
    expect((await loadSettings()).value).toEqual(DEFAULT_SETTINGS);

    await typeInto(rating, '3.5');
    await click(buttonByText(container, 'しきい値を保存'));
    expect((await loadSettings()).value).toMatchObject({ minClientRating: 3.5, clientSilentDaysLancers: 10 });
    expect(container.textContent).toContain('保存しました');
  });

  it('switches sites on and off', async () => {
    const { container } = await renderOptions();
    await click(fieldByLabel(container, 'クラウドワークス (CrowdWorks) でお守りを使う'));
    expect((await loadSettings()).value.disabledSites).toEqual(['crowdworks']);
  });

  it('lists client notes and the blocklist, edits and removes them', async () => {
    await updateClient('crowdworks', '1', { name: '株式会社A', note: '丁寧' }, 1);
    await updateClient('lancers', 'b2', { blocked: true }, 2);
    const { container } = await renderOptions();
    const rows = [...container.querySelectorAll('.client-row')];
    expect(rows.map((r) => r.querySelector('h3')?.textContent)).toEqual([
      '名前不明 (ID b2) (ランサーズ (Lancers) · ID b2)',
      '株式会社A (クラウドワークス (CrowdWorks) · ID 1)',
    ]);
    await typeInto(rows[1]!.querySelector('textarea'), '丁寧。支払いも早い');
    await click(buttonByText(rows[1]!, 'メモを保存'));
    expect((await loadClients()).value['crowdworks:1']?.note).toBe('丁寧。支払いも早い');
    await click(buttonByText(container.querySelector('[data-client="lancers:b2"]')!, 'このクライアントの記録を削除'));
    expect(Object.keys((await loadClients()).value)).toEqual(['crowdworks:1']);
    expect(container.querySelectorAll('.client-row')).toHaveLength(1);
  });

  it('exports everything to a JSON file and imports it back', async () => {
    const downloads = captureDownloads();
    await updateSettings({ minClientRating: 3 });
    await addDismissal({ site: 'crowdworks', subjectId: '5', ruleId: 'mlm/recruiting', reason: 'dismissed' }, 1);
    await updateClient('crowdworks', '9', { note: 'メモ' }, 1);
    const { container } = await renderOptions();
    await click(buttonByText(container, 'JSON ファイルに書き出す'));
    const [file] = await downloads.files();
    expect(file!.name).toMatch(/^omamori-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = file!.json as Awaited<ReturnType<typeof buildExport>>;
    expect(exported.settings.minClientRating).toBe(3);
    expect(Object.keys(exported.dismissals)).toEqual(['crowdworks:5:mlm/recruiting']);

    await fakeBrowser.storage.local.clear();
    await chooseFile(container, JSON.stringify(exported));
    expect(container.querySelector('[role="status"].ok')?.textContent).toBe('読み込みました。');
    const now = await buildExport(new Date(exported.exportedAt!));
    expect(now).toEqual(exported);
    // The page shows the imported values without a reload.
    expect(fieldByLabel(container, 'クライアント評価の下限 (これより低いと注意)').value).toBe('3');
  });

  it('rejects an invalid file with a precise message and changes nothing', async () => {
    await updateSettings({ minClientRating: 3 });
    const before = await fakeBrowser.storage.local.get(null);
    const { container } = await renderOptions();
    const file = await buildExport();
    await chooseFile(container, JSON.stringify({ ...file, settings: { ...file.settings, inspectionOverdueDays: 'seven' } }));
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('このファイルは読み込めませんでした。何も変更していません。');
    expect(alert?.querySelector('li')?.textContent).toMatch(/^settings\.inspectionOverdueDays: .*数値/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);

    await chooseFile(container, JSON.stringify({ ...file, settings: { ...file.settings, minClientRating: 9 } }));
    expect(container.querySelector('[role="alert"] li')?.textContent).toBe('settings.minClientRating: 5 以下の数にしてください');
    const wrongKey = { site: 'crowdworks', subjectId: '1', ruleId: 'a/b', reason: 'dismissed', at: 1 };
    await chooseFile(container, JSON.stringify({ ...file, dismissals: { 'crowdworks:2:a/b': wrongKey } }));
    expect(container.querySelector('[role="alert"] li')?.textContent).toBe(
      'dismissals["crowdworks:2:a/b"]: キーが中身と合っていません ("crowdworks:1:a/b" のはずです)',
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);

    await chooseFile(container, '{ not json');
    expect(container.querySelector('[role="alert"] li')?.textContent).toBe('JSON として読めないファイルです。');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('resets the settings after a confirmation, keeping notes', async () => {
    await updateSettings({ minClientRating: 2, disabledSites: ['lancers'] });
    await updateClient('crowdworks', '9', { note: 'メモ' });
    const { container } = await renderOptions();
    await click(buttonByText(container, '設定を初期値に戻す'));
    expect((await loadSettings()).value.minClientRating).toBe(2);
    await click(buttonByText(container, 'やめる'));
    await click(buttonByText(container, '設定を初期値に戻す'));
    await click(buttonByText(container, '初期値に戻す'));
    expect((await loadSettings()).value).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys((await loadClients()).value)).toEqual(['crowdworks:9']);
    expect(fieldByLabel(container, 'クライアント評価の下限 (これより低いと注意)').value).toBe('4');
  });

  it('offers to export a stored value that was moved aside, and removes it on request', async () => {
    const downloads = captureDownloads();
    await fakeBrowser.storage.local.set({ settings: { minClientRating: 'high' } });
    const { container } = await renderOptions();
    const notice = container.querySelector('.backup-notice');
    expect(notice?.querySelector('h2')?.textContent).toBe('保存データの一部が壊れていました');
    await click(buttonByText(notice!, '移したデータを書き出す'));
    const [file] = await downloads.files();
    expect(file!.json).toEqual([expect.objectContaining({ item: 'local:settings', value: { minClientRating: 'high' } })]);
    await click(buttonByText(notice!, '移したデータを削除する'));
    expect(container.querySelector('.backup-notice')).toBeNull();
    expect(await listBackups()).toEqual([]);
  });
});
