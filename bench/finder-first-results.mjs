// How soon a newcomer on a phone sees the first nearby groups after opening a shared search link, and how many
// bytes that moves (compressed, as sent). Loopback and headless Chromium, a fresh browser profile each time.
// Usage: node bench/finder-first-results.mjs http://127.0.0.1:8098 [runs]
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../frontend/package.json'));
const { chromium } = require('playwright-core');

const base = process.argv[2] ?? 'http://127.0.0.1:8098';
const runs = Number(process.argv[3] ?? 5);
const link = `${base}/groups?near=Northampton%2C%20MA`;

const results = [];
for (let run = 0; run < runs; run++) {
  const profile = mkdtempSync(join(tmpdir(), 'hrw-finder-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event) => { bytes += event.encodedDataLength; requests += 1; });
  const started = Date.now();
  await page.goto(link, { waitUntil: 'commit' });
  // The first result is a link to a group page inside the finder's results list.
  await page.locator('hrw-group-finder').locator('a[href^="/groups/bench-"]').first().waitFor({ state: 'visible' });
  const shownAfter = Date.now() - started;
  await page.waitForLoadState('networkidle');
  results.push({ shownAfter, kilobytes: bytes / 1024, requests });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
const sorted = results.map((r) => r.shownAfter).sort((a, b) => a - b);
for (const r of results) {
  console.log(`first results after ${r.shownAfter} ms, ${r.kilobytes.toFixed(1)} KB in ${r.requests} requests`);
}
console.log(`median ${sorted[Math.floor(sorted.length / 2)]} ms over ${runs} cold loads of ${link}`);
