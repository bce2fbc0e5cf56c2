// Browser journey of host mode on a phone, through the real Keycloak login page as the demo host (who hosts many
// groups): the site header steps aside, the section's words start on the first screen below the compact bar, Next
// brings the new section's heading to just below the bar and takes the focus there, the group in ?group= is the one
// chosen, the meeting-log form opens with nothing over any of its fields or its button, every control is at least
// 44 x 44 px, and axe finds nothing; at 320 x 640 nothing scrolls sideways.
//   HRW_BASE_URL          the running app with the demo accounts and example groups. Required: else skipped.
//   HRW_DEMO_USER         demo host account (default "host"), HRW_DEMO_PASSWORD its password (default "host-demo")
//   HRW_CHROMIUM          browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertNoSideways,
  assertWatchedClean,
  axeViolations,
  issuerOriginOf,
  launchBrowser,
  PHONE,
  signInHere,
  SMALL_PHONE,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
const ON_A_PHONE = { viewport: PHONE, timezoneId: 'America/New_York' };
const HOST_MODE = '/script/host?meeting=open&lang=en';
let browser;
let issuerOrigin;

/** The section's first line, the bar and the section's heading, measured in the page (all in shadow roots). */
function layout(page) {
  return page.evaluate(() => {
    const host = document.querySelector('hrw-host-mode').shadowRoot;
    const bar = host.querySelector('hrw-host-bar');
    const reading = host.querySelector('.reading');
    const section = reading.querySelector('hrw-script-section').shadowRoot;
    const walker = document.createTreeWalker(section.querySelector('.body'), NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    const firstText = walker.nextNode();
    const range = document.createRange();
    const start = firstText.textContent.search(/\S/);
    range.setStart(firstText, start);
    range.setEnd(firstText, start + 1);
    const rect = (element) => {
      const { top, bottom } = element.getBoundingClientRect();
      return { top, bottom };
    };
    return {
      viewport: window.innerHeight,
      scrollY: window.scrollY,
      bar: rect(bar),
      barPosition: getComputedStyle(bar).position,
      heading: rect(section.querySelector('#title')),
      firstLine: rect(range),
      focused: host.activeElement === reading ? reading.getAttribute('aria-label') : host.activeElement?.outerHTML ?? null,
    };
  });
}

/**
 * Every link, button, select and field in host mode (the bar and the log form included, not the script's own
 * words) smaller than 44 x 44 px, by name: an empty list is a pass.
 */
function smallControls(page) {
  return page.evaluate(() => {
    const found = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('a[href], button, select, input:not([type="hidden"]), textarea')) {
        // A radio button is tapped through its whole label.
        const target = element.matches('input[type="radio"], input[type="checkbox"]') ? element.closest('label') ?? element : element;
        const { width, height } = target.getBoundingClientRect();
        if (width > 0 && height > 0 && (width < 44 || height < 44)) {
          found.push(`${element.localName} "${(element.textContent || element.getAttribute('aria-label') || element.id).trim()}" ${Math.round(width)}x${Math.round(height)}`);
        }
      }
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot && element.localName !== 'hrw-script-section') {
          visit(element.shadowRoot);
        }
      }
    };
    visit(document.querySelector('hrw-host-mode').shadowRoot);
    return found;
  });
}

/**
 * Each field and button of the log form brought to the top of the screen, where a sticky bar would sit, and then
 * to the bottom; the element the browser finds at its middle must be the control itself each time.
 */
function coveredLogControls(page) {
  return page.evaluate(() => {
    const hitAt = (x, y) => {
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) {
          break;
        }
        hit = inner;
      }
      return hit;
    };
    const form = document.querySelector('hrw-host-mode').shadowRoot.querySelector('hrw-meeting-log-form').shadowRoot;
    const controls = [...form.querySelectorAll('input:not([type="hidden"]), textarea, select, button')].filter(
      (element) => element.getBoundingClientRect().height > 0,
    );
    const covered = [];
    for (const control of controls) {
      for (const block of ['start', 'end']) {
        control.scrollIntoView({ block });
        const { left, top, width, height } = control.getBoundingClientRect();
        const hit = hitAt(left + width / 2, top + height / 2);
        if (hit !== control && !control.contains(hit)) {
          covered.push(`${control.localName} "${(control.value || control.textContent).trim()}" (${block}) under ${hit?.localName}.${hit?.className}`);
        }
      }
    }
    return { count: controls.length, covered };
  });
}

describe('host mode on a phone', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this test needs the real API and Keycloak' }, () => {
  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('the demo host hosts from a 390 x 844 phone: header aside, words on the first screen, nothing over the log form', async () => {
    const watched = await watchedPage(browser, appOrigin, ON_A_PHONE);
    const { context, page } = watched;

    // Signed out, the header (and its Sign in) is aside: host mode offers its own.
    await page.goto(`${baseUrl}${HOST_MODE}`);
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    await signInHere(page, { appOrigin, issuerOrigin, sameQuery: true });
    const groupChoice = page.getByLabel('This meeting is for');
    await groupChoice.waitFor();

    // ?group= wins over the default: ask for a group other than the one host mode chose on its own.
    const chosenByDefault = await groupChoice.inputValue();
    assert.ok(chosenByDefault, 'host mode chose one of the host’s groups');
    const hosted = await groupChoice.locator('option').evaluateAll((options) => options.map((option) => option.value).filter(Boolean));
    assert.ok(hosted.length > 1, `the demo host hosts several groups (${hosted.length})`);
    // One of the demo's example groups: another journey may close a group of its own while this one runs.
    const wanted = hosted.find((slug) => slug !== chosenByDefault && slug.endsWith('-example'));
    await page.goto(`${baseUrl}${HOST_MODE}&group=${wanted}`);
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    await page.waitForFunction(
      (slug) => document.querySelector('hrw-host-mode')?.shadowRoot?.querySelector('#group')?.value === slug,
      wanted,
    );
    await page.getByText('1 of 12', { exact: true }).waitFor();

    // The site header has stepped aside: no name bar, no Menu; the skip link and one main remain, and a way out.
    assert.equal(await page.locator('header .masthead').count(), 0, 'the masthead is aside');
    assert.equal(await page.getByRole('button', { name: 'Menu' }).count(), 0, 'no Menu button');
    assert.equal(await page.getByRole('link', { name: 'Skip to main content' }).count(), 1);
    assert.equal(await page.getByRole('main').count(), 1);
    assert.equal(await page.getByRole('link', { name: 'Leave host mode' }).getAttribute('href'), `/groups/${wanted}`);

    // The first line of the section's words is on the first screen.
    const first = await layout(page);
    assert.equal(first.scrollY, 0);
    assert.ok(first.firstLine.bottom <= first.viewport, `the first line ends at ${first.firstLine.bottom}px of ${first.viewport}px`);
    assert.deepEqual(await smallControls(page), [], 'every control at least 44 x 44 px');
    assert.deepEqual(await axeViolations(page), [], 'host mode at the top');

    // Next: the new section's heading just below the sticky bar, and the focus on the section.
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByText('2 of 12', { exact: true }).waitFor();
    await page.waitForFunction(() => window.scrollY > 0);
    const second = await layout(page);
    assert.equal(second.barPosition, 'sticky');
    assert.ok(Math.abs(second.bar.top) <= 1, `the bar is at the top (${second.bar.top}px)`);
    assert.ok(
      second.heading.top >= second.bar.bottom - 1 && second.heading.top <= second.bar.bottom + 80,
      `the heading (${second.heading.top}px) is just below the bar (${second.bar.bottom}px)`,
    );
    assert.match(second.focused ?? '', /^Section 2 of 12: /, 'the focus is on the new section');
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByText('3 of 12', { exact: true }).waitFor();
    const third = await layout(page);
    assert.ok(third.heading.top >= third.bar.bottom - 1 && third.heading.top <= third.bar.bottom + 80, 'and again for the next');
    assert.deepEqual(await axeViolations(page), [], 'host mode after Next');

    // The log form: the bar no longer sticks, and nothing lies over any field or the button that sends it.
    await page.getByRole('button', { name: 'Log this meeting', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Log this meeting' }).waitFor();
    const logOpen = await layout(page);
    assert.equal(logOpen.barPosition, 'static', 'the bar scrolls away with the page while the form is open');
    const { count, covered } = await coveredLogControls(page);
    assert.ok(count >= 5, `the form's controls were all checked (${count})`);
    assert.deepEqual(covered, [], 'nothing covers the log form');
    assert.deepEqual(await smallControls(page), [], 'every control at least 44 x 44 px, the log form’s too');
    assert.deepEqual(await axeViolations(page), [], 'host mode with the log form open');

    // A small phone: nothing sideways, with the form open and closed.
    await page.setViewportSize(SMALL_PHONE);
    await assertNoSideways(page, 'host mode with the log form at 320 px');
    await page.getByRole('button', { name: 'Close the log form', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Log this meeting' }).waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await assertNoSideways(page, 'host mode at 320 px');
    assert.deepEqual(await smallControls(page), [], 'every control at least 44 x 44 px at 320 px');
    assert.deepEqual(await axeViolations(page), [], 'host mode at 320 px');

    await assertWatchedClean(watched, 'host mode on a phone', { allowedOrigins: [appOrigin, issuerOrigin] });
    await context.close();
  });
});
