// Browser tests of the app on phones, driven through Debian's Chromium at 390 x 844 and 320 x 640: the header
// leaves the screen to the page, its menu works from the keyboard alone, and form controls keep their size.
//   HRW_BASE_URL       the running app. Unset: dist/ is served by ./static-server.mjs, which is all these tests need.
//   HRW_CHROMIUM       browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { appUnderTest, assertNoSideways, assertWatchedClean, axeViolations, DESKTOP, launchBrowser, watchedPage } from './support.mjs';

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];
/** The name and a button in one bar: on a 390 px phone the header took 249 px, the name, Sign in and two rows of links. */
const BAR_HEIGHT_MAX = 64;
const PRIMARY_LINKS = ['Script', 'Groups', 'Exercises', 'Learnings', 'Start a group'];

let baseUrl;
let app;
let browser;

before(async () => {
  app = await appUnderTest();
  baseUrl = app.baseUrl;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
});

async function open(page, path) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

function menuButton(page) {
  return page.getByRole('button', { name: 'Menu', exact: true });
}

function headerLink(page, name) {
  return page.getByRole('banner').getByRole('link', { name, exact: true });
}

/** What has the keyboard focus, looking into shadow roots: "link Script", "button Menu". */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) {
      element = element.shadowRoot.activeElement;
    }
    const role = { A: 'link', BUTTON: 'button' }[element?.tagName] ?? element?.localName;
    return `${role} ${element?.textContent?.replace(/\s+/g, ' ').trim()}`;
  });
}

function headerHeight(page) {
  return page.locator('hrw-app > header').evaluate((header) => header.getBoundingClientRect().height);
}

for (const viewport of PHONES) {
  describe(`on a ${viewport.width} x ${viewport.height} phone`, () => {
    test(`the header is one bar at most ${BAR_HEIGHT_MAX} px tall, and nothing scrolls sideways, menu open or not`, async () => {
      const page = await browser.newPage({ viewport });
      for (const path of ['/', '/groups', '/script']) {
        await open(page, path);
        const height = await headerHeight(page);
        assert.ok(height <= BAR_HEIGHT_MAX, `${path}: the header is ${height}px tall`);
        assert.ok(await page.getByText('Harm Reduction Works-HRW', { exact: true }).first().isVisible(), 'the name, as written');
        assert.equal(await headerLink(page, 'Groups').isVisible(), false, 'the links wait in the closed menu');
        await assertNoSideways(page, `${path}, menu closed`);

        await menuButton(page).click();
        for (const name of PRIMARY_LINKS) {
          assert.ok(await headerLink(page, name).isVisible(), `${path}: ${name} is in the open menu`);
        }
        assert.ok(await page.getByRole('button', { name: 'Sign in', exact: true }).isVisible(), 'Sign in is in the open menu');
        await assertNoSideways(page, `${path}, menu open`);
      }
      await page.close();
    });

    test('the menu opens and closes from the keyboard alone', async () => {
      const watched = await watchedPage(browser, new URL(baseUrl).origin, { viewport });
      const { page } = watched;
      await open(page, '/hosting');

      const order = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        order.push(await focused(page));
      }
      // The language switch is in the bar beside Menu, so it is in reach without opening the menu.
      assert.deepEqual(order, ['link Skip to main content', 'link Harm Reduction Works-HRW', 'button Español', 'button Menu']);
      assert.equal(await menuButton(page).getAttribute('aria-expanded'), 'false');

      await page.keyboard.press('Enter');
      assert.equal(await menuButton(page).getAttribute('aria-expanded'), 'true');
      const links = [];
      while (links.length < PRIMARY_LINKS.length) {
        await page.keyboard.press('Tab');
        links.push(await focused(page));
      }
      assert.deepEqual(links, PRIMARY_LINKS.map((name) => `link ${name}`), 'Tab goes on into the menu, in order');
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'button Sign in');

      await page.keyboard.press('Escape');
      assert.equal(await menuButton(page).getAttribute('aria-expanded'), 'false');
      assert.equal(await focused(page), 'button Menu', 'Escape puts the focus back on the button');
      assert.equal(await headerLink(page, 'Script').isVisible(), false);

      await page.keyboard.press('Space');
      assert.equal(await menuButton(page).getAttribute('aria-expanded'), 'true');
      assert.ok(await headerLink(page, 'Script').isVisible());
      await page.keyboard.press('Space');
      assert.equal(await menuButton(page).getAttribute('aria-expanded'), 'false');

      await assertWatchedClean(watched, 'the menu', { allowedOrigins: [new URL(baseUrl).origin] });
      await watched.context.close();
    });

    test('choosing a page in the menu goes there, closes the menu, and the menu marks that page', async () => {
      const page = await browser.newPage({ viewport });
      await open(page, '/hosting');
      await menuButton(page).click();
      await headerLink(page, 'Groups').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Find a group' }).waitFor();

      assert.equal(new URL(page.url()).pathname, '/groups');
      assert.equal(await menuButton(page).getAttribute('aria-expanded'), 'false');
      assert.equal(await focused(page), 'h1 Find a group', 'the new page starts at its heading');
      assert.ok((await headerHeight(page)) <= BAR_HEIGHT_MAX, 'the bar is back to its size');
      await menuButton(page).click();
      assert.equal(await headerLink(page, 'Groups').getAttribute('aria-current'), 'page');
      await page.close();
    });

    test('axe finds no accessibility violations with the menu open, in light and dark', async () => {
      for (const colorScheme of ['light', 'dark']) {
        // A context of its own, for the colour scheme.
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await open(page, '/groups');
        await menuButton(page).click();
        await headerLink(page, 'Groups').waitFor();
        assert.deepEqual(await axeViolations(page), [], colorScheme);
        await context.close();
      }
    });

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

test('a phone held sideways gets the one-bar header too', async () => {
  const page = await browser.newPage({ viewport: { width: 844, height: 390 } });
  await page.goto(`${baseUrl}/groups`);
  await page.getByRole('heading', { level: 1, name: 'Find a group' }).waitFor();
  const header = await page.locator('header').boundingBox();
  assert.ok(header.height <= BAR_HEIGHT_MAX, `the header is ${header.height}px tall on a 390 px high screen`);
  assert.ok(await page.getByRole('button', { name: 'Menu' }).isVisible());
  await page.close();
});

test('on a wide screen the links and Sign in are in the header, without a Menu button', async () => {
  const page = await browser.newPage({ viewport: DESKTOP });
  await open(page, '/groups');
  assert.equal(await menuButton(page).isVisible(), false);
  for (const name of PRIMARY_LINKS) {
    assert.ok(await headerLink(page, name).isVisible(), `${name} is in the header`);
  }
  assert.ok(await page.getByRole('button', { name: 'Sign in', exact: true }).isVisible());
  assert.equal(await headerLink(page, 'Groups').getAttribute('aria-current'), 'page');
  await page.close();
});

test('Back on a phone goes to the search before, each search being a step of its own', async () => {
  const page = await browser.newPage({ viewport: PHONES[0] });
  await open(page, '/groups');
  const search = async (place) => {
    const box = page.getByLabel('Town or ZIP code');
    if (!(await box.isVisible())) {
      await page.getByRole('button', { name: 'Change the search' }).click();
    }
    await box.fill(place);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('near') === place);
    await page.locator('#results-heading').waitFor();
  };
  await page.getByRole('link', { name: 'See groups that meet online' }).click();
  await page.waitForURL((url) => url.searchParams.get('attendance') === 'online');
  await search('Northampton');
  await search('Amherst');

  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('near') === 'Northampton');
  await page.getByRole('button', { name: 'Change the search' }).click();
  const box = page.getByLabel('Town or ZIP code');
  // The address changes before the finder has drawn itself again from it.
  for (let tries = 0; tries < 50 && (await box.inputValue()) !== 'Northampton'; tries++) {
    await page.waitForTimeout(100);
  }
  assert.equal(await box.inputValue(), 'Northampton', 'the finder shows the earlier search');
  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('attendance') === 'online' && !url.searchParams.has('near'));
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/groups' && url.search === '');
  // Again the finder draws itself a moment after the address changes: wait for it, empty, ready for a search.
  await box.waitFor({ state: 'visible' });
  await page.close();
});

test('host mode speaks of arrow keys only where a keyboard is likely, not on a touch phone', async () => {
  const hint = 'The left and right arrow keys move between sections too.';
  const phone = await browser.newContext({ viewport: PHONES[1], isMobile: true, hasTouch: true });
  const onPhone = await phone.newPage();
  await open(onPhone, '/script/host?meeting=open&lang=en');
  await onPhone.getByRole('link', { name: 'Back to the script' }).waitFor();
  assert.equal(await onPhone.getByText(hint).isVisible(), false, 'no keys on a touch phone');
  await phone.close();

  const desk = await browser.newPage({ viewport: DESKTOP });
  await open(desk, '/script/host?meeting=open&lang=en');
  assert.ok(await desk.getByText(hint).isVisible(), 'the hint with a mouse and keyboard');
  await desk.close();
});

test('in Spanish on a 320 px phone, the finder shows each distance whole and leaves room after the search panel', async () => {
  const context = await browser.newContext({ viewport: PHONES[1], locale: 'es-ES' });
  const page = await context.newPage();
  await open(page, '/groups');
  await page.getByText('¿Buscas una reunión en español?').waitFor();
  const measured = await page.evaluate(() => {
    const root = document.querySelector('hrw-group-finder').shadowRoot;
    const select = root.querySelector('#radius');
    const style = getComputedStyle(select);
    const pen = document.createElement('canvas').getContext('2d');
    pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    // The room for the words: the box less its padding and the arrow (about a line's height).
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.fontSize);
    const widest = Math.max(...[...select.options].map((option) => pen.measureText(option.textContent.trim()).width));
    const gap = root.querySelector('.language-offer').getBoundingClientRect().top - root.querySelector('form').getBoundingClientRect().bottom;
    return { room, widest, gap };
  });
  assert.ok(measured.widest <= measured.room, `the longest distance needs ${measured.widest}px, the box has ${measured.room}px`);
  assert.ok(measured.gap >= 12, `${measured.gap}px between the search panel and the offer below it`);
  await context.close();
});

test('on a 320 px phone host mode’s bar is two short rows with no word broken over lines, in English and Spanish', async () => {
  for (const locale of ['en-US', 'es-ES']) {
    const context = await browser.newContext({ viewport: PHONES[1], locale, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await open(page, '/script/host?meeting=open&lang=en');
    const clock = page.getByRole('button', { name: locale === 'en-US' ? 'Start the clock' : 'Iniciar el reloj', exact: true });
    await clock.waitFor();
    const bar = await page.evaluate(() => {
      const element = document.querySelector('hrw-host-mode').shadowRoot.querySelector('hrw-host-bar');
      const onSeveralLines = [...element.shadowRoot.querySelectorAll('.label, .time, .target, button, .position')].filter((part) => {
        const range = document.createRange();
        range.selectNodeContents(part);
        return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size > 1;
      });
      return { height: element.getBoundingClientRect().height, wrapped: onSeveralLines.map((part) => part.textContent.trim()) };
    });
    // It was about 190 px, with "Esta / parte", "← / Anterior" and "Iniciar el / reloj" on two lines each.
    assert.ok(bar.height <= 140, `${locale}: the bar is ${bar.height}px tall`);
    assert.deepEqual(bar.wrapped, [], `${locale}: words broken over lines`);
    await context.close();
  }
});

test('links on lines of their own, the menu button and the checkboxes’ labels are at least 44 px tall; links in a sentence are not made taller', async () => {
  const page = await browser.newPage({ viewport: PHONES[1] });
  /** The height of each element matching `selector` inside the page's shadow roots whose words are `name`. */
  const heights = (selector, names) =>
    page.evaluate(
      ({ selector, names }) => {
        const found = {};
        const visit = (root) => {
          for (const element of root.querySelectorAll(selector)) {
            const words = (element.textContent || element.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
            if (names.includes(words)) {
              found[words] = Math.round(element.getBoundingClientRect().height);
            }
          }
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) visit(element.shadowRoot);
          }
        };
        visit(document);
        return found;
      },
      { selector, names },
    );
  const expectTall = async (where, selector, names) => {
    const found = await heights(selector, names);
    assert.deepEqual(Object.keys(found).sort(), [...names].sort(), `${where}: all found`);
    for (const [name, height] of Object.entries(found)) {
      assert.ok(height >= 44, `${where}: “${name}” is ${height}px tall`);
    }
  };

  await open(page, '/groups');
  await expectTall('/groups', 'a', ['See groups that meet online', 'Start here', 'Start a group', 'Hosting a meeting', 'Use the API']);
  const menu = await menuButton(page).boundingBox();
  assert.ok(menu.width >= 44 && menu.height >= 44, `the menu button is ${menu.width}x${menu.height}`);
  const inSentence = await heights('a', ['Add it to the directory']);
  assert.ok(inSentence['Add it to the directory'] < 32, 'a link in a sentence keeps the line’s height');

  await open(page, '/script');
  await expectTall('/script', 'a', ['PDF, US Letter', 'PDF, A4', 'Markdown', 'Printable page', 'Version history']);

  await open(page, '/learnings');
  await expectTall('/learnings', 'label', ['Unanswered questions only']);
  await page.close();
});
