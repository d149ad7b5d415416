import { useTabReport, useTargetTab } from './use-tab-report';

/** Toolbar popup: the tab's count of warnings and dangers. */
export function Popup() {
  const tabId = useTargetTab();
  const { report } = useTabReport(tabId);
  const count = report?.findings.filter((f) => f.severity !== 'info').length ?? 0;
  return (
    <main style={{ minWidth: 240 }}>
      <h1>お守り Omamori</h1>
      <p role="status">注意点 {count} 件 / {count} warnings</p>
    </main>
  );
}
