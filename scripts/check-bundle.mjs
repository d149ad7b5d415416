#!/usr/bin/env node
// Bundle budget: the Chrome content script runs on every page of the supported sites, so it
// must stay at or under 40 KB gzip. Prints the figure; exits non-zero over budget.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const BUDGET_BYTES = 40 * 1024;
const dir = resolve(process.env.OMAMORI_OUT_DIR ?? '.output', 'chrome-mv3', 'content-scripts');

if (!existsSync(dir)) {
  console.error(`check-bundle: ${dir} not found — run \`npm run build\` first.`);
  process.exit(2);
}
const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
if (scripts.length === 0) {
  console.error('check-bundle: no content script in the build.');
  process.exit(2);
}
let failed = false;
for (const file of scripts) {
  const source = readFileSync(join(dir, file));
  const gz = gzipSync(source, { level: 9 }).length;
  const within = gz <= BUDGET_BYTES;
  failed ||= !within;
  console.log(
    `content script ${file}: ${(source.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip ` +
      `(budget ${BUDGET_BYTES / 1024} KB) ${within ? 'OK' : 'OVER BUDGET'}`,
  );
  if (/Symbol\.for\(.react\.(?:transitional\.)?element/.test(source.toString())) {
    console.log(`content script ${file}: contains React — the content script must stay framework-free`);
    failed = true;
  }
  // zod's schemas cost a third of the script's start-up on every page load; the background
  // validates the facts the content script sends (utils/facts-check.ts).
  if (/\b_zod\b/.test(source.toString())) {
    console.log(`content script ${file}: contains zod — validation belongs in the background`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
