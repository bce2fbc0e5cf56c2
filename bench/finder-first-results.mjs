// How soon a newcomer on a phone sees the first nearby groups after opening a shared search link, and how many
// bytes that moves (compressed, as sent). Loopback and headless Chromium.
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
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
};
const phoneOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

// The newcomer's browser is already running when they tap the link: each load gets a new tab in a new, empty
// context (no cache, no cookies, no service worker). Every run loads a small static file from the same app the same
// way (the floor: what this browser on this machine needs for any page at all), then the shared search link. The
// machine is shared and noisy, so the answer is the ratio between the two medians as much as the milliseconds.
const browser = await chromium.launch(launchOptions);
async function newTab() {
  const context = await browser.newContext(phoneOptions);
  return { page: await context.newPage(), close: () => context.close() };
}

// The same two loads with the browser started for each one (a fresh profile): what someone sees whose phone had to
// start the browser first. Reported beside the first, not the target.
async function freshBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'hrw-finder-bench-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, ...phoneOptions });
  return {
    page: context.pages()[0] ?? (await context.newPage()),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** When the browser itself says it first painted content: milliseconds from the start of the navigation. */
function firstContentfulPaint(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const seen = performance.getEntriesByName('first-contentful-paint')[0];
    if (seen) {
      resolve(Math.round(seen.startTime));
      return;
    }
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve(Math.round(list.getEntries()[0].startTime));
    }).observe({ type: 'paint', buffered: true });
  }));
}

async function staticFloor(open) {
  const phone = await open();
  await phone.page.goto(`${base}/favicon.svg`, { waitUntil: 'load' });
  const painted = await firstContentfulPaint(phone.page);
  await phone.close();
  return painted;
}

async function firstResults(open) {
  const phone = await open();
  const cdp = await phone.page.context().newCDPSession(phone.page);
  await cdp.send('Network.enable');
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event) => { bytes += event.encodedDataLength; requests += 1; });
  const started = Date.now();
  const response = await phone.page.goto(link, { waitUntil: 'commit' });
  // The page arrives with its first results in it, so the first content the browser paints is those results.
  const html = await response.text();
  if (!/class="first-results"[^]*href="\/groups\/bench-/.test(html)) {
    throw new Error('the page came without its first results');
  }
  const shownAfter = await firstContentfulPaint(phone.page);
  // Ready: the app's finder has drawn its own results (the search form and filters work from here).
  await phone.page.locator('hrw-group-finder').locator('a[href^="/groups/bench-"]').first().waitFor({ state: 'visible' });
  const interactiveAfter = Date.now() - started;
  await phone.page.waitForLoadState('networkidle');
  await phone.close();
  return { shownAfter, interactiveAfter, kilobytes: bytes / 1024, requests };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(label, open) {
  const floors = [];
  const results = [];
  for (let run = 0; run < runs; run++) {
    floors.push(await staticFloor(open));
    results.push(await firstResults(open));
  }
  for (const [i, r] of results.entries()) {
    console.log(`  ${label}: static file painted at ${floors[i]} ms; first results painted at ${r.shownAfter} ms, ` +
      `finder ready after ${r.interactiveAfter} ms, ${r.kilobytes.toFixed(1)} KB in ${r.requests} requests`);
  }
  const shown = median(results.map((r) => r.shownAfter));
  const floor = median(floors);
  console.log(`${label}, median of ${runs}: first results ${shown} ms, static file ${floor} ms ` +
    `(${(shown / floor).toFixed(2)}x), finder ready ${median(results.map((r) => r.interactiveAfter))} ms, ` +
    `${median(results.map((r) => r.kilobytes)).toFixed(1)} KB`);
}

console.log(`opening ${link} on a phone-sized screen`);
await measure('browser open, new tab, empty cache', newTab);
await browser.close();
await measure('browser started for the link', freshBrowser);
