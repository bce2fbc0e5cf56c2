// Browser tests of the group directory: a shared finder link, a group page, accessibility, 320 px and the CSP.
//   HRW_BASE_URL   the running app with the demo profile's example groups (e.g. http://localhost:8081). Required:
//                  these tests read the real directory API, so without it they are skipped.
//   HRW_CHROMIUM   browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertNoSideways, axeViolations, launchBrowser, watchedPage } from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
let browser;

/** The focused element, looking into shadow roots. */
function deepFocus(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    return { id: active?.id ?? '', text: active?.textContent?.trim() ?? '' };
  });
}

/** Whether the element is wholly on the first screen, without scrolling. */
async function onFirstScreen(page, locator) {
  const box = await locator.boundingBox();
  const height = page.viewportSize().height;
  return Boolean(box) && box.y >= 0 && box.y + box.height <= height;
}

async function assertClean(seen, cspViolations) {
  assert.deepEqual(await cspViolations(), [], 'no CSP violations');
  assert.deepEqual(seen.pageErrors, [], 'no script errors');
  assert.deepEqual(seen.consoleErrors, [], 'no console errors');
  assert.deepEqual([...seen.origins].filter((origin) => origin !== appOrigin), [], 'only the app is contacted');
}

describe('the group directory', { skip: baseUrl ? false : 'HRW_BASE_URL not set: these tests need the real directory API' }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('a shared finder link shows the groups near a town, on a 320 px screen', async () => {
    const { context, page, seen, cspViolations } = await watchedPage(browser, appOrigin, {
      viewport: { width: 320, height: 640 },
      timezoneId: 'America/Chicago',
    });
    const response = await page.goto(`${baseUrl}/groups?near=Northampton%2C%20MA`);
    // The page arrives with its first results, for the seconds before the app's finder has its own.
    assert.match(await response.text(), /<section class="first-results"[^]*Harm Reduction Works-HRW Northampton \(example\)/);
    await page.getByRole('heading', { level: 1, name: 'Find a group' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^\d+ groups? within 16 mi of Northampton, MA$/ }).waitFor();
    // Once the finder shows its results, the server's preview is gone: one list, never two.
    await page.locator('.first-results').waitFor({ state: 'detached' });
    // The whole search can go into a calendar app, as one subscription.
    const subscribe = page.getByRole('link', { name: /^Add all \d+ groups’ meetings to your calendar$/ });
    assert.equal(await subscribe.getAttribute('href'), '/api/v1/feeds/groups.ics?near=Northampton%2C+MA');
    const first = page.getByRole('link', { name: 'Harm Reduction Works-HRW Northampton (example)' });
    await first.waitFor();
    assert.ok(await page.getByText('Example listing').first().isVisible());
    // The viewer is an hour behind the group, so both clocks are shown.
    assert.match(await page.locator('p.when').first().innerText(), /your time \(.* in New York\)/);
    assert.ok(await page.getByText(/GeoNames/).isVisible(), 'the place data is credited');
    // The network's name is never split at its hyphen ("Harm Reduction Works-" / "HRW Northampton").
    const joined = page.locator('hrw-group-card a .network-name');
    assert.ok(await joined.count() >= 1);
    for (const lines of await joined.evaluateAll((spans) => spans.map((span) => span.getClientRects().length))) {
      assert.equal(lines, 1, '"Works-HRW" is on one line');
    }
    await assertNoSideways(page);
    assert.deepEqual(await axeViolations(page), []);

    // The results came first: on a common phone the nearest group is on the first screen, not behind the form.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const nearest = await page.locator('hrw-group-card').first().boundingBox();
    assert.ok(nearest && nearest.y + 40 < 844, `the nearest group starts at ${nearest?.y} px`);
    await page.setViewportSize({ width: 320, height: 640 });
    // The search waits behind one button, with the shared place in its box, ready to type.
    await page.getByRole('button', { name: 'Change the search' }).click();
    assert.equal(await page.getByLabel('Town or ZIP code').inputValue(), 'Northampton, MA');
    assert.equal(await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) {
        active = active.shadowRoot.activeElement;
      }
      return active?.id;
    }), 'near');

    // The filters open, and a choice lands in the address so the search can be shared.
    await page.getByText('More choices').click();
    await page.getByRole('radio', { name: /^Open meeting/ }).check();
    await page.getByRole('button', { name: 'Show groups' }).click();
    await page.waitForURL((url) => url.searchParams.get('format') === 'open');
    assert.equal(new URL(page.url()).searchParams.get('near'), 'Northampton, MA');
    await assertNoSideways(page);

    await first.click();
    await page.getByRole('heading', { level: 1, name: 'Harm Reduction Works-HRW Northampton (example)' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/groups/northampton-example');
    await assertClean(seen, cspViolations);
    await context.close();
  });

  test('an unknown town gets a kind explanation next to the box', async () => {
    const { context, page } = await watchedPage(browser, appOrigin);
    await page.goto(`${baseUrl}/groups?near=Nowhereville%20Xq`);
    await page.getByText(/We could not find “Nowhereville Xq”/).waitFor();
    assert.equal(await page.getByLabel('Town or ZIP code').getAttribute('aria-invalid'), 'true');
    await context.close();
  });

  test('typing a town offers places to choose from, by keyboard', async () => {
    const { context, page } = await watchedPage(browser, appOrigin);
    await page.goto(`${baseUrl}/groups`);
    await page.getByLabel('Town or ZIP code').fill('Northampton');
    await page.getByRole('button', { name: /^Northampton, MA/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /within 16 mi of Northampton, MA$/ }).waitFor();
    assert.ok(new URL(page.url()).searchParams.get('near')?.startsWith('Northampton'));
    await context.close();
  });

  test('"Use my location" searches around the position and keeps it only in the address', async () => {
    const { context, page } = await watchedPage(browser, appOrigin, {
      geolocation: { latitude: 42.3189, longitude: -72.6298 },
      permissions: ['geolocation'],
      colorScheme: 'dark',
    });
    await page.goto(`${baseUrl}/groups`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.getByRole('heading', { level: 2, name: /within 16 mi of your location$/ }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('lat'), '42.319');
    assert.equal(url.searchParams.get('lon'), '-72.63');
    await page.getByRole('link', { name: 'Harm Reduction Works-HRW Northampton (example)' }).waitFor();
    assert.deepEqual(await axeViolations(page, { rules: ['color-contrast'] }), [], 'readable in dark mode');
    await context.close();
  });

  test('online groups and a kind empty state', async () => {
    const { context, page } = await watchedPage(browser, appOrigin);
    await page.goto(`${baseUrl}/groups?attendance=online`);
    await page.getByRole('heading', { level: 2, name: /groups? online$/ }).waitFor();
    await page.goto(`${baseUrl}/groups?near=Northampton%2C%20MA&weekday=sunday&weekday=saturday&timeOfDay=morning&offering=wound-care`);
    await page.getByText('We did not find a group for this search').waitFor();
    assert.ok(await page.getByRole('button', { name: /Look within 31 mi \(50 km\)/ }).isVisible());
    // No online group meets these choices either, so the way to every online group is offered.
    assert.ok(await page.getByRole('link', { name: 'See groups that meet online' }).first().isVisible());
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test('a group page shows when and where, with a calendar link, at 320 px', async () => {
    const { context, page, seen, cspViolations } = await watchedPage(browser, appOrigin, {
      viewport: { width: 320, height: 640 },
    });
    await page.goto(`${baseUrl}/groups/northampton-example`);
    await page.getByRole('heading', { level: 1, name: 'Harm Reduction Works-HRW Northampton (example)' }).waitFor();
    assert.equal(await page.title(), 'Harm Reduction Works-HRW Northampton (example) | Harm Reduction Works-HRW');
    assert.ok(await page.getByText(/^Every Monday, 7:00–8:30 PM$/).isVisible());
    assert.equal(
      await page.getByRole('link', { name: 'Add to calendar' }).getAttribute('href'),
      '/api/v1/groups/northampton-example/calendar.ics',
    );
    assert.match(await page.getByRole('link', { name: 'Directions' }).getAttribute('href'), /^https:\/\/www\.openstreetmap\.org\/directions\?/);
    await assertNoSideways(page);
    assert.deepEqual(await axeViolations(page), []);
    await assertClean(seen, cspViolations);

    // Signed out, the register form and the review queue explain themselves.
    await page.goto(`${baseUrl}/groups/new`);
    await page.getByRole('heading', { level: 1, name: 'Register a group' }).waitFor();
    await page.getByRole('button', { name: 'Sign in to continue' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(`${baseUrl}/groups/review`);
    await page.getByRole('heading', { level: 1, name: 'New groups to review' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await page.goto(`${baseUrl}/groups/no-such-group`);
    await page.getByRole('heading', { level: 1, name: 'We could not find that group' }).waitFor();
    await context.close();
  });
});

describe('a newcomer on a phone', { skip: baseUrl ? false : 'HRW_BASE_URL not set: these tests need the real directory API' }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
    test(`finds the US town's groups from the home page in one step, at ${viewport.width} x ${viewport.height}`, async () => {
      // Someone near Northampton, on their own clock: the next meeting is told in their time alone.
      const { context, page, seen, cspViolations } = await watchedPage(browser, appOrigin, {
        viewport,
        timezoneId: 'America/New_York',
      });
      await page.goto(`${baseUrl}/`);
      // The first screen has the way to a meeting: the place box and "Use my location".
      const box = page.getByLabel('Town or ZIP code');
      await box.waitFor();
      assert.ok(await onFirstScreen(page, box), 'the place box is on the first screen');
      assert.ok(await onFirstScreen(page, page.getByRole('button', { name: 'Use my location' })), 'so is "Use my location"');
      await assertNoSideways(page);
      assert.deepEqual(await axeViolations(page), []);

      // A bare name, as most people type it: Northampton, MA, not the bigger Northampton in England.
      await box.fill('Northampton');
      await box.press('Enter');
      const heading = page.getByRole('heading', { level: 2, name: /^\d+ groups? within 16 mi of Northampton, MA$/ });
      await heading.waitFor();
      await page.waitForFunction(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.id === 'results-heading';
      });
      assert.equal(new URL(page.url()).pathname, '/groups');
      assert.equal(new URL(page.url()).searchParams.get('near'), 'Northampton');
      const nearest = page.locator('section[aria-labelledby="results-heading"] hrw-group-card').first();
      await nearest.waitFor();
      assert.match(await nearest.locator('article').innerText(), /Northampton \(example\)/);
      assert.ok(await onFirstScreen(page, nearest.getByRole('link').first()), 'the nearest group is on the first screen');
      assert.ok(await onFirstScreen(page, nearest.locator('p.when')), 'and when it next meets');
      await assertNoSideways(page);
      await assertClean(seen, cspViolations);
      await context.close();
    });
  }

  test('a search from the finder folds the form, and a name several towns share is asked about', async () => {
    const { context, page, seen, cspViolations } = await watchedPage(browser, appOrigin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/groups`);
    // Before any search, something to join at once: the online groups meeting soonest.
    await page.getByRole('heading', { level: 2, name: 'Online groups you can join from anywhere' }).waitFor();
    await page.locator('section.online hrw-group-card').first().waitFor();

    await page.getByLabel('Town or ZIP code').fill('Springfield');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Which Springfield?' }).waitFor();
    assert.equal((await deepFocus(page)).text, 'Which Springfield?');
    assert.equal(await page.locator('form[role="search"]').count(), 0, 'the form folded away');
    await page.getByRole('link', { name: 'Springfield, MA' }).click();
    await page.getByRole('heading', { level: 2, name: /within 16 mi of Springfield, MA$/ }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('near'), 'Springfield, MA, US');
    assert.match((await deepFocus(page)).text, /of Springfield, MA$/);
    assert.deepEqual(await axeViolations(page), []);
    await assertClean(seen, cspViolations);
    await context.close();
  });

  test('online groups are never counted as within a distance', async () => {
    const { context, page } = await watchedPage(browser, appOrigin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/groups?near=Northampton%2C%20MA&radiusKm=250`);
    const heading = page.getByRole('heading', { level: 2, name: /within 155 mi of Northampton, MA$/ });
    await heading.waitFor();
    const nearby = page.locator('section[aria-labelledby="results-heading"] hrw-group-card');
    await nearby.first().waitFor();
    const count = Number((await heading.innerText()).split(' ')[0]);
    assert.equal(await nearby.count(), Math.min(count, 20), 'the heading counts the groups listed under it');
    for (const text of await nearby.locator('article').allInnerTexts()) {
      assert.doesNotMatch(text, /^Online$/m, `an online-only group in the nearby list: ${text}`);
      assert.match(text, / away/, `every nearby group has a distance: ${text}`);
    }
    await page.locator('section.online hrw-group-card').first().waitFor();
    assert.match(await page.locator('section.online hrw-group-card article').first().innerText(), /Online/);
    await context.close();
  });
});
