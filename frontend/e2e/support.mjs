// Shared by the e2e tests: Debian's Chromium through playwright-core, and pages that record what goes wrong.
import { chromium } from 'playwright-core';

export function launchBrowser() {
  // Playwright gives every launch a fresh, temporary --user-data-dir of its own.
  return chromium.launch({
    executablePath: process.env.HRW_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    chromiumSandbox: false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh page that records what leaves the app, console errors and CSP violations. */
export async function watchedPage(browser, appOrigin, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  await context.addInitScript(() => {
    window.__hrwCspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__hrwCspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const seen = { origins: new Set(), consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      seen.origins.add(url.origin);
    }
  });
  page.on('console', (message) => {
    const onApp = new URL(page.url()).origin === appOrigin;
    if (onApp && message.type() === 'error') {
      seen.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => {
    if (new URL(page.url()).origin === appOrigin) {
      seen.pageErrors.push(String(error));
    }
  });
  const cspViolations = async () =>
    new URL(page.url()).origin === appOrigin ? page.evaluate(() => window.__hrwCspViolations) : [];
  return { context, page, seen, cspViolations };
}
