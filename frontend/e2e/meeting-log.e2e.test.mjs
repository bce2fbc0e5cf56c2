// Browser test of the meeting log, end to end: the demo host signs in through Keycloak, chooses tonight's exercise
// in host mode from the library, logs the meeting from host mode, and finds it on the group's meetings page.
//   HRW_BASE_URL       the running app with the demo profile: the example groups (all hosted by the demo host) and
//                      the starter exercise library. Required: without it the test is skipped.
//   HRW_DEMO_USER      demo host account (default "host")
//   HRW_DEMO_PASSWORD  its password (default "host-demo")
//   HRW_CHROMIUM       browser binary (default: Debian's headless shell, else /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertNoSideways,
  assertWatchedClean,
  axeViolations,
  issuerOriginOf,
  launchBrowser,
  signInHere,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
/** One of the demo profile's example groups; its clock (New York) is the browser's too, so "today" agrees. */
const GROUP = { slug: 'worcester-example', name: 'Harm Reduction Works-HRW Worcester (example)', timeZone: 'America/New_York' };
/** From the starter library; "shame" finds it. */
const EXERCISE = { search: 'shame', title: 'Listening to shame', facts: 'About 20 minutes · Video' };

let browser;
let issuerOrigin;

/** "Fri, Nov 27, 2026": today in the browser, as the meetings page heads an entry. */
function todayInWords(page) {
  return page.evaluate(() =>
    new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(new Date()),
  );
}

/** The log refuses a second open meeting on the same day: remove one an earlier run left, so this run can log it. */
async function removeTodaysOpenMeeting(page, heading) {
  await page.goto(`${baseUrl}/groups/${GROUP.slug}/meetings`);
  await page.getByRole('heading', { level: 2, name: 'The meeting log' }).waitFor();
  await page.getByText(/Loading the log/).waitFor({ state: 'detached' });
  const remove = page.getByRole('button', { name: `Delete ${heading}`, exact: true });
  if ((await remove.count()) > 0) {
    await remove.click();
    await page.getByRole('button', { name: 'Delete it', exact: true }).click();
    await remove.waitFor({ state: 'detached' });
  }
}

/** Clicks Next until the section with this heading is on screen. */
async function stepTo(page, heading) {
  const target = page.getByRole('heading', { level: 2, name: heading, exact: true });
  for (let step = 0; step < 40; step++) {
    if (await target.isVisible()) {
      return;
    }
    const before = await page.locator('hrw-host-bar .position').innerText();
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.waitForFunction(
      (position) =>
        document.querySelector('hrw-host-mode')?.shadowRoot?.querySelector('hrw-host-bar')?.shadowRoot?.querySelector('.position')
          ?.textContent !== position,
      before,
    );
  }
  throw new Error(`Host mode has no section called "${heading}"`);
}

describe('the meeting log', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this test needs the real API and Keycloak' }, () => {
  before(async () => {
    issuerOrigin = await issuerOriginOf(baseUrl);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('a host chooses tonight’s exercise in host mode, logs the meeting, and finds it in the group’s log', async () => {
    const { context, page, seen, cspViolations } = await watchedPage(browser, appOrigin, { timezoneId: GROUP.timeZone });

    await page.goto(`${baseUrl}/script/host?meeting=open&lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    await signInHere(page, { appOrigin, issuerOrigin });
    const heading = `${await todayInWords(page)} · Open meeting`;
    await removeTodaysOpenMeeting(page, heading);

    // Host mode: which group tonight is for, then the exercise section.
    await page.goto(`${baseUrl}/script/host?meeting=open&lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    const groupChoice = page.getByLabel('This meeting is for');
    await groupChoice.waitFor();
    await groupChoice.selectOption(GROUP.slug);
    await stepTo(page, 'Tonight’s exercise');

    // Choose from the library through the picker.
    await page.getByRole('button', { name: /^Choose (an exercise|another)$/ }).click();
    const search = page.getByRole('searchbox', { name: 'Search the exercise library' });
    await search.fill(EXERCISE.search);
    // Wait for this search's answer, so the click cannot land on the first list as it is replaced.
    await page.getByRole('status').filter({ hasText: `“${EXERCISE.search}”` }).waitFor();
    const result = page.getByRole('button', { name: new RegExp(`^${EXERCISE.title}`) });
    await result.click();
    const chosen = page.getByRole('heading', { level: 3, name: EXERCISE.title, exact: true });
    await chosen.waitFor();
    await page.getByText(EXERCISE.facts, { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'How to run it' }).waitFor();
    assert.match(await page.locator('hrw-exercise-slot .notes').innerText(), /^(Content notes:|No content notes\.)/, 'the content notes come first');
    assert.deepEqual(await axeViolations(page), [], 'host mode with tonight’s exercise');

    // The choice stays through a reload in this tab.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Host mode' }).waitFor();
    await chosen.waitFor();

    // Log the meeting: it starts as an open meeting with tonight's exercise; a range and how it went are tapped.
    await page.getByRole('button', { name: 'Log this meeting', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Log this meeting' }).waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Open meeting', exact: true }).isChecked());
    assert.ok(await page.getByRole('radio', { name: EXERCISE.title, exact: true }).isChecked());
    // The check mark goes beside the words, as in the script's own choices, not on a line of its own above them.
    const attendance = page.getByRole('radio', { name: '6–10', exact: true });
    const wordsTop = () =>
      attendance.evaluate((input) => {
        const range = document.createRange();
        range.selectNodeContents(input.nextElementSibling);
        return range.getClientRects()[0].top - input.nextElementSibling.getBoundingClientRect().top;
      });
    const unchosen = await wordsTop();
    await attendance.check();
    assert.ok(Math.abs((await wordsTop()) - unchosen) < 2, 'choosing a tile leaves its words where they were');
    await page.getByRole('radio', { name: '4 Good', exact: true }).check();
    await page.getByRole('button', { name: 'Add to the log', exact: true }).click();
    await page.getByText(`Thank you. The meeting is in the log of ${GROUP.name}.`).waitFor();

    // The group's meetings page lists it, with the exercise.
    await page.getByRole('link', { name: 'See the meeting log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meeting log and planning' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/groups/${GROUP.slug}/meetings`);
    const entry = page.locator('.entries > li').filter({ has: page.getByRole('heading', { level: 3, name: heading, exact: true }) });
    await entry.waitFor();
    assert.equal(await entry.getByRole('link', { name: EXERCISE.title, exact: true }).getAttribute('href'), '/exercises/listening-to-shame');
    assert.match(await entry.innerText(), /6–10/);
    assert.match(await entry.innerText(), /4 of 5, good/);
    assert.deepEqual(await axeViolations(page), [], 'the meetings page');
    await page.setViewportSize({ width: 320, height: 640 });
    await assertNoSideways(page, 'the meetings page at 320 px');

    await assertWatchedClean({ seen, cspViolations }, 'the meeting log', { allowedOrigins: [appOrigin, issuerOrigin] });
    await context.close();
  });
});
