import { useTabReport, useTargetTab } from './use-tab-report';

/** The side panel: what Omamori found on the active tab. */
export function SidePanel() {
  const tabId = useTargetTab();
  const { report, loaded } = useTabReport(tabId);
  return (
    <main aria-label="Omamori">
      <h1>お守り Omamori</h1>
      {!loaded ? (
        <p role="status">読み込み中… / Loading…</p>
      ) : !report ? (
        <p role="status">このページは対象外です。/ Not a supported page.</p>
      ) : report.findings.length === 0 ? (
        <p role="status">注意点は見つかりませんでした。/ Nothing found.</p>
      ) : (
        <ul aria-label="findings">
          {report.findings.map((f, i) => (
            <li key={`${f.ruleId}-${i}`} data-rule={f.ruleId} data-severity={f.severity}>
              <strong>{f.ruleId}</strong>
              {f.evidence.map((e, j) => (
                <q key={j}>{e.text}</q>
              ))}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
