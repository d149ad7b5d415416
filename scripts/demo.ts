/**
 * `npm run demo`: starts Chromium with the built extension on demo pages served at the sites'
 * real URLs (no network), opens the side panel page for each, and saves screenshots to
 * demo-output/. Headed when a display exists (the browser then stays open until closed),
 * headless otherwise.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openSidePanel } from '../tests/e2e/harness';
import { demoPages } from '../tests/e2e/demo-pages';

const OUT = join(process.cwd(), 'demo-output');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const session = await launch({ headless });
  for (const demo of demoPages()) session.serve(demo);
  for (const demo of demoPages()) {
    const page = await session.open(demo.url);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(OUT, `${demo.shot}.png`) });
    const panel = await openSidePanel(session, await session.tabIdOf(page));
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.waitForTimeout(800);
    await panel.screenshot({ path: join(OUT, `${demo.shot}-panel.png`), fullPage: true });
    console.log(`demo: ${demo.url} → demo-output/${demo.shot}.png, ${demo.shot}-panel.png`);
  }
  const escaped = session.escaped();
  if (escaped.length > 0) console.log('demo: requests that left routing:', escaped);
  if (headless) {
    await session.close();
    return;
  }
  console.log('demo: the browser stays open; close it to finish.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
