// Browser tests of the app on phones, driven through Debian's Chromium at 390 x 844 and 320 x 640.
//   HRW_BASE_URL       the running app. Unset: dist/ is served by ./static-server.mjs, which is all these tests need.
//   HRW_CHROMIUM       browser binary (default /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startStaticServer } from './static-server.mjs';
import { launchBrowser } from './support.mjs';

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

let baseUrl;
let staticServer = null;
let browser;

before(async () => {
  if (process.env.HRW_BASE_URL) {
    baseUrl = process.env.HRW_BASE_URL.replace(/\/+$/, '');
  } else {
    staticServer = await startStaticServer();
    baseUrl = staticServer.baseUrl;
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await staticServer?.close();
});

async function open(page, path) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

for (const viewport of PHONES) {
  describe(`on a ${viewport.width} x ${viewport.height} phone`, () => {
    test('a radio button beside a label that wraps keeps its size', async () => {
      const page = await browser.newPage({ viewport });
      await open(page, '/groups');
      await page.getByText('More choices').click();
      const radio = page.getByRole('radio', { name: /^Open meeting, for anyone curious/ });
      const size = await radio.evaluate((input) => {
        const label = input.closest('label');
        return {
          radio: input.getBoundingClientRect().width,
          lines: Math.round(label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight)),
        };
      });
      assert.ok(size.lines >= 2, `the label wraps (${size.lines} lines), or this test proves nothing`);
      assert.ok(size.radio >= 20, `the radio button is ${size.radio}px wide`);
      await page.close();
    });
  });
}
