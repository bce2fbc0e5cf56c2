// Browser tests of the steward's draft editor (/script/drafts), through the real Keycloak login page: who may edit,
// saving a section, a stale edit from a second window, a refused body, the preview, publishing, and what readers
// then see; and, reached from the stewards' dashboard, the warning before publishing a change made in one language
// only.
//   HRW_BASE_URL              the running app (e.g. http://localhost:8081). Required: without it these are skipped.
//   HRW_DEMO_USER             demo host account, not a steward (default "host")
//   HRW_DEMO_PASSWORD         its password (default "host-demo")
//   HRW_STEWARD_USER          demo steward account (default "steward")
//   HRW_STEWARD_PASSWORD      its password (default "steward-demo")
//   HRW_CHROMIUM              browser binary (default: Debian's headless shell, else /usr/bin/chromium)
// Publishing adds a version to the script on the server it runs against; a draft left open by an earlier run is
// discarded first. The script has one draft at a time: this is the only journey that opens it, so that journeys
// running at the same time cannot discard each other's draft (the tests of one file run one after another).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  accessToken,
  apiAs,
  assertFitsPhones,
  assertWatchedClean,
  DEMO_HOST,
  DESKTOP,
  issuerOriginOf,
  launchBrowser,
  signInAt,
  watchedPage,
} from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const appOrigin = baseUrl ? new URL(baseUrl).origin : '';
const HOST = DEMO_HOST;
const STEWARD = {
  username: process.env.HRW_STEWARD_USER ?? 'steward',
  password: process.env.HRW_STEWARD_PASSWORD ?? 'steward-demo',
};
const STALE = 'Someone else changed this section since you opened it.';
/** Where the stewards' pages are used between the phone checks. */
// Refused saves are answered 400 or 409 on purpose here; Chromium logs every such response as a console error.
const EXPECTED_CONSOLE_ERROR = /Failed to load resource: the server responded with a status of (400|409)\b/;

let browser;

/** Signs in through the real Keycloak login page from `path`, and waits to be back there, signed in. */
function signIn(page, path, account) {
  return signInAt(page, path, { baseUrl, appOrigin, account });
}

/** One section of the draft, in the editor's list, by its title. */
function draftSection(page, title) {
  return page
    .locator('hrw-script-draft-editor ol.sections > li')
    .filter({ has: page.locator('summary h3', { hasText: new RegExp(`^${title}$`) }) });
}

/** Opens a section of the draft and answers its form's parts. */
async function openDraftSection(page, title) {
  const section = draftSection(page, title);
  await section.locator('summary').click();
  const body = section.getByLabel('Text (Markdown)');
  await body.waitFor();
  return { section, body, save: section.getByRole('button', { name: 'Save this section' }) };
}

/** A section of a rendered script (the reader, or the editor's preview, within `scope`), by its title. */
function scriptSection(page, scope, title) {
  return scope.locator('hrw-script-section').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function currentVersion() {
  const response = await fetch(`${baseUrl}/api/v1/script?lang=en`, { headers: { accept: 'application/json' } });
  assert.equal(response.status, 200, 'GET /api/v1/script answers');
  return (await response.json()).version;
}

/** Discards every open draft through the API, as the steward whose `token` it is. */
async function discardOpenDrafts(token) {
  const open = await apiAs(baseUrl, token, 'GET', '/api/v1/script/drafts');
  assert.equal(open.status, 200, JSON.stringify(open.body));
  for (const draft of open.body) {
    assert.equal((await apiAs(baseUrl, token, 'DELETE', `/api/v1/script/drafts/${draft.id}`)).status, 204);
  }
}

function unexpectedConsoleErrors(seen) {
  return seen.consoleErrors.filter((message) => !EXPECTED_CONSOLE_ERROR.test(message));
}

const SKIP = baseUrl ? false : 'HRW_BASE_URL not set: these tests need the real API and Keycloak';

describe('the steward draft editor', { skip: SKIP }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('a signed-in host is told plainly that only stewards edit the script, and gets no editor', async () => {
    const { context, page, seen, cspViolations } = await watchedPage(browser, appOrigin);
    await signIn(page, '/script/drafts', HOST);
    await page.getByRole('heading', { level: 1, name: 'Edit the script' }).waitFor();
    await page.getByText("this account is not a steward's, so there is nothing to edit here").waitFor();
    assert.ok(await page.getByRole('link', { name: 'read the script' }).isVisible());
    for (const control of [
      page.getByRole('button', { name: 'Start a draft' }),
      page.getByRole('button', { name: /^Publish/ }),
      page.getByLabel('Text (Markdown)'),
      page.locator('hrw-draft-section-form'),
    ]) {
      assert.equal(await control.count(), 0, 'no editor is shown');
    }
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(await cspViolations(), []);
    await context.close();
  });

  test('a steward edits, meets a stale edit and a refused body, previews and publishes; readers see it', async () => {
    const run = Date.now().toString(36);
    const firstSentence = `Drink some water on the way home, friends (run ${run}).`;
    const secondSentence = `Text a friend when you get home safely (run ${run}).`;
    const staleSentence = `This sentence from a stale window must never be saved (run ${run}).`;

    // First window: sign in, clear away any draft an earlier run left open, and start a fresh one.
    const first = await watchedPage(browser, appOrigin);
    const page = first.page;
    await signIn(page, '/script/drafts', STEWARD);
    const start = page.getByRole('button', { name: 'Start a draft' });
    const discard = page.getByRole('button', { name: 'Discard this draft…' });
    await start.or(discard).waitFor();
    if (await discard.isVisible()) {
      await discard.click();
      await page.getByRole('button', { name: 'Yes, discard the draft' }).click();
      await page.getByRole('status').filter({ hasText: 'The draft is discarded.' }).waitFor();
    }
    const version = await currentVersion();
    const next = version + 1;
    await start.click();
    await page.getByText(`A draft of the next version, started from version ${version}.`).waitFor();

    // Save an edit to the English closing and see it saved.
    const closing = await openDraftSection(page, 'Closing');
    const original = await closing.body.inputValue();
    assert.ok(original.length > 0, 'the closing has text to start from');
    const afterFirst = `${original}\n\n${firstSentence}`;
    await closing.body.fill(afterFirst);
    await closing.section.getByText('Not saved yet').waitFor();
    await closing.save.click();
    await closing.section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    assert.equal(await closing.section.getByText('Not saved yet').count(), 0);
    assert.equal(await closing.body.inputValue(), afterFirst);

    // A second window, the same steward, the same draft.
    const second = await watchedPage(browser, appOrigin);
    await signIn(second.page, '/script/drafts', STEWARD);
    const closingThere = await openDraftSection(second.page, 'Closing');
    assert.equal(await closingThere.body.inputValue(), afterFirst, 'the second window opens the saved text');

    // The first window saves again; the second, still holding the older copy, is refused and overwrites nothing.
    const afterSecond = `${afterFirst}\n\n${secondSentence}`;
    await closing.body.fill(afterSecond);
    await closing.save.click();
    await closing.section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await closing.section.getByText('Not saved yet').waitFor({ state: 'detached' });

    const staleText = `${afterFirst}\n\n${staleSentence}`;
    await closingThere.body.fill(staleText);
    await closingThere.save.click();
    await closingThere.section.getByRole('alert').filter({ hasText: STALE }).waitFor();
    assert.equal(await closingThere.body.inputValue(), staleText, "the steward's own text stays in the form");
    assert.equal(await closingThere.section.getByRole('status').filter({ hasText: 'Saved.' }).count(), 0);

    await second.page.reload();
    const reloaded = await openDraftSection(second.page, 'Closing');
    assert.equal(await reloaded.body.inputValue(), afterSecond, 'after a reload the first window’s change is there');
    assert.deepEqual(second.seen.pageErrors, []);
    assert.deepEqual(unexpectedConsoleErrors(second.seen), []);
    assert.deepEqual(await second.cspViolations(), []);
    await second.context.close();

    // Raw HTML in the body is refused, with the reason beside the field.
    await closing.body.fill(`${afterSecond}\n\n<b>x</b>`);
    await closing.save.click();
    const bodyError = closing.section.locator('#body-error');
    await bodyError.waitFor();
    assert.match(await bodyError.innerText(), /HTML/);
    assert.equal(await closing.body.getAttribute('aria-invalid'), 'true');
    await closing.section.getByRole('alert').filter({ hasText: 'Some details need another look' }).waitFor();
    // Put the saved text back, so the form agrees with the draft again.
    await closing.body.fill(afterSecond);
    await closing.section.getByText('Not saved yet').waitFor({ state: 'detached' });

    // The preview reads as a meeting would, with the saved changes and without the refused one.
    await page.getByRole('button', { name: 'Show the preview' }).click();
    const preview = page.locator('hrw-script-draft-editor .preview');
    const previewClosing = scriptSection(page, preview, 'Closing');
    await previewClosing.getByText(firstSentence).waitFor();
    await previewClosing.getByText(secondSentence).waitFor();
    assert.equal(await previewClosing.getByText(staleSentence).count(), 0);
    assert.equal(await previewClosing.getByText('<b>x</b>').count(), 0);
    assert.equal(await previewClosing.locator('b').count(), 0);

    // Publish with a summary.
    const summary = `A reminder about water and getting home safely in the closing (run ${run}).`;
    await page.getByLabel('What changed in this version').fill(summary);
    await page.getByRole('button', { name: `Publish as version ${next}` }).click();
    // Only the English closing changed: publishing asks first, and the steward means it.
    const oneLanguage = page.getByRole('group', { name: 'Some sections changed in one language only' });
    await oneLanguage.waitFor();
    assert.match((await oneLanguage.innerText()).replace(/\s+/g, ' '), /“Closing”: changed in English, not in Español/);
    await oneLanguage.getByRole('button', { name: `Publish version ${next} anyway` }).click();
    await page.getByText(`Version ${next} is published.`).waitFor();
    await page.getByRole('button', { name: 'Start a draft' }).waitFor();
    assert.equal(await currentVersion(), next);
    assert.deepEqual(first.seen.pageErrors, []);
    assert.deepEqual(unexpectedConsoleErrors(first.seen), []);
    assert.deepEqual(await first.cspViolations(), []);
    await first.context.close();

    // Anyone reading the script now gets the new version, with the closing as published.
    const reader = await watchedPage(browser, appOrigin);
    const readerPage = reader.page;
    await readerPage.goto(`${baseUrl}/script?meeting=open&lang=en`);
    await readerPage.getByRole('heading', { level: 1, name: 'The meeting script' }).waitFor();
    await readerPage.getByText(new RegExp(`^Version ${next}, published`)).waitFor();
    const readerClosing = scriptSection(readerPage, readerPage, 'Closing');
    await readerClosing.getByText(firstSentence).waitFor();
    await readerClosing.getByText(secondSentence).waitFor();
    assert.equal(await readerClosing.getByText(staleSentence).count(), 0);

    // The history lists it, with its summary, and what changed is the closing.
    await readerPage.goto(`${baseUrl}/script/versions`);
    await readerPage.getByRole('heading', { level: 1, name: 'Versions of the script' }).waitFor();
    const entry = readerPage
      .locator('hrw-script-versions li')
      .filter({ has: readerPage.getByRole('heading', { level: 2, name: new RegExp(`^Version ${next}\\b`) }) });
    await entry.getByText(summary).waitFor();
    await entry.getByRole('link', { name: `What changed in version ${next}` }).click();
    await readerPage.getByRole('heading', { level: 1, name: `What changed in version ${next}` }).waitFor();
    await readerPage.getByText(`Compared with version ${version}, section by section.`).waitFor();
    const changed = readerPage.locator('hrw-script-changes ol.sections > li');
    await changed.first().waitFor();
    assert.equal(await changed.count(), 1, 'only the closing changed');
    assert.match(await changed.getByRole('heading', { level: 2 }).innerText(), /^Changed\s*Closing$/);
    await changed.getByText('What changed: the text.').waitFor();
    await changed.getByText(firstSentence).first().waitFor();
    assert.deepEqual(reader.seen.pageErrors, []);
    assert.deepEqual(reader.seen.consoleErrors, []);
    assert.deepEqual(await reader.cspViolations(), []);
    assert.deepEqual([...reader.seen.origins].filter((origin) => origin !== appOrigin), []);
    await reader.context.close();
  });

  test('publishing a change made in English only warns which section, and going back returns to the Spanish text', async () => {
    const run = Date.now().toString(36);
    const issuerOrigin = await issuerOriginOf(baseUrl);
    const steward = await watchedPage(browser, appOrigin, { viewport: DESKTOP });
    const { page } = steward;
    await signInAt(page, '/', { baseUrl, appOrigin, issuerOrigin, account: STEWARD });
    const token = await accessToken(page);
    // A draft that changes the English closing only, made through the API.
    await discardOpenDrafts(token);
    const version = await currentVersion();
    const started = await apiAs(baseUrl, token, 'POST', '/api/v1/script/drafts');
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const draftId = started.body.id;
    try {
      const closing = started.body.sections.en.find((section) => section.key === 'closing');
      const { key: _key, revision, ...fields } = closing;
      const edited = await apiAs(baseUrl, token, 'PUT', `/api/v1/script/drafts/${draftId}/sections/en/closing`, {
        ...fields,
        body: `${closing.body}\n\nDrink some water on the way home (run ${run}).`,
        revision,
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));

      await page.goto(`${baseUrl}/steward`);
      await page.getByRole('link', { name: 'Script drafts' }).click();
      await page.getByRole('heading', { level: 1, name: 'Edit the script' }).waitFor();
      await page.getByLabel('What changed in this version').fill(`Water on the way home (run ${run}).`);
      await page.getByRole('button', { name: `Publish as version ${version + 1}` }).click();
      const warning = page.getByRole('group', { name: 'Some sections changed in one language only' });
      await warning.waitFor();
      assert.match((await warning.innerText()).replace(/\s+/g, ' '), /“Closing”: changed in English, not in Español/);
      assert.ok(await warning.evaluate((el) => el.matches(':focus')), 'the warning takes the focus');
      await warning.getByRole('button', { name: `Publish version ${version + 1} anyway` }).waitFor();
      await assertFitsPhones(page, 'the publish warning', { ready: () => warning.waitFor(), after: DESKTOP });

      await warning.getByRole('button', { name: 'Go back and edit' }).click();
      await warning.waitFor({ state: 'detached' });
      assert.ok(await page.getByRole('radio', { name: 'Español' }).first().isChecked(), 'the Spanish text is open to edit');
      const draft = await apiAs(baseUrl, token, 'GET', `/api/v1/script/drafts/${draftId}`);
      assert.deepEqual(draft.body.oneLanguageChanges.map((c) => c.key), ['closing']);
      assert.equal((await apiAs(baseUrl, token, 'GET', '/api/v1/script/drafts')).body.length, 1, 'the draft is still open');
      assert.equal(await currentVersion(), version, 'nothing was published');
      await assertWatchedClean(steward, 'the draft editor', { allowedOrigins: [appOrigin, issuerOrigin] });
    } finally {
      // Never published: the next run starts from the same script.
      await apiAs(baseUrl, token, 'DELETE', `/api/v1/script/drafts/${draftId}`);
      await steward.context.close();
    }
  });
});
