/** Options page. */
export function Options() {
  return (
    <main>
      <h1>お守り Omamori 設定 / Settings</h1>
    </main>
  );
}
