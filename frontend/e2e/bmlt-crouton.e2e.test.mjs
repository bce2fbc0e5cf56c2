// The BMLT interface proven with a real BMLT client: Crouton (@bmlt-enabled/croutonjs), as a group's own web site
// would embed it, in headless Chromium, calling the packaged app cross-origin by JSONP.
//   HRW_BASE_URL   the running app with the demo profile's example groups. Required: without it this is skipped.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, watchedPage } from './support.mjs';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');
const croutonDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/@bmlt-enabled/croutonjs');
// The example groups around Northampton, MA: few enough for Crouton's list by weekday.
const AREA = '&services[]=1&lat_val=42.3251&long_val=-72.6412&geo_width_km=60';

// A group's web site: Crouton's files and a page that runs it against our root server, nothing from elsewhere.
function sitePage(root, customQuery) {
  const config = {
    root_server: root,
    custom_query: customQuery,
    theme: '',
    show_map: false,
    show_qrcode: false,
    filter_tabs: 1000,
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A group's site</title>
<link rel="stylesheet" href="/crouton/crouton.css"></head><body><div id="bmlt-tabs"></div>
<script src="/crouton/crouton.js"></script><script>
window.__done = false;
window.__failures = [];
addEventListener('unhandledrejection', (e) => window.__failures.push(String(e.reason?.message ?? e.reason)));
const config = ${JSON.stringify(config)};
config.tileUrl = location.origin + '/tiles/{z}/{x}/{y}.png';
config.nominatimUrl = location.origin + '/nominatim/';
config.on_complete = () => { window.__done = true; };
var crouton = new Crouton(config);
crouton.render();
</script></body></html>`;
}

function startSite(root) {
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    try {
      if (url.pathname === '/site.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(sitePage(root, url.searchParams.get('q')));
        return;
      }
      if (url.pathname.startsWith('/crouton/') && !url.pathname.includes('..')) {
        const file = path.join(croutonDir, url.pathname.slice('/crouton/'.length));
        const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
        response.writeHead(200, { 'content-type': type });
        response.end(await readFile(file));
        return;
      }
    } catch {
      // fall through to 404
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function expectedMeetings(query) {
  const response = await fetch(`${baseUrl}/api/bmlt/client_interface/json/?switcher=GetSearchResults${query}`);
  assert.equal(response.status, 200);
  return response.json();
}

describe('the BMLT interface, read by Crouton', { skip: baseUrl ? false : 'HRW_BASE_URL not set: this needs the real API' }, () => {
  let browser;
  let site;
  let siteOrigin;

  before(async () => {
    browser = await launchBrowser();
    site = await startSite(`${baseUrl}/api/bmlt`);
    siteOrigin = `http://127.0.0.1:${site.address().port}`;
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
  });

  async function render(query) {
    const { context, page, seen } = await watchedPage(browser, siteOrigin);
    await page.goto(`${siteOrigin}/site.html?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => window.__done || window.__failures.length > 0
      || /No meetings found/.test(document.getElementById('bmlt-tabs')?.innerText ?? ''), null, { timeout: 20000 });
    const state = await page.evaluate(() => ({ done: window.__done, failures: window.__failures }));
    const rows = await page.locator('#bmlt-tabs .bmlt-data-row').evaluateAll((els) => els.map((el) => ({
      id: el.id.replace('meeting-data-row-', ''),
      name: el.querySelector('.meeting-name')?.textContent.trim(),
      day: el.querySelector('.bmlt-day')?.textContent.trim(),
      time: el.querySelector('.bmlt-time-2')?.textContent.trim(),
    })));
    return { context, page, seen, state, rows };
  }

  test('Crouton lists every meeting near Northampton with its day and time', async () => {
    const meetings = await expectedMeetings(AREA);
    assert.ok(meetings.length >= 3, `several example meetings near Northampton: ${meetings.length}`);
    const { context, page, seen, state, rows } = await render(AREA);
    assert.deepEqual(state.failures, [], 'no JSONP request failed');
    assert.equal(state.done, true, 'Crouton finished rendering');
    assert.deepEqual(rows.map((r) => r.id).sort(), meetings.map((m) => m.id_bigint).sort(), 'one row per meeting');
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    for (const meeting of meetings) {
      const row = rows.find((r) => r.id === meeting.id_bigint);
      assert.equal(row.name, meeting.meeting_name);
      assert.ok(row.name.startsWith('Harm Reduction Works-HRW '));
      assert.equal(row.day, days[Number(meeting.weekday_tinyint) - 1]);
      const [hour, minute] = meeting.start_time.split(':').map(Number);
      const clock = `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
      assert.ok(row.time.toLowerCase().startsWith(clock), `${row.name}: ${row.time} starts at ${clock}`);
    }
    assert.deepEqual(seen.pageErrors, [], 'no script errors');
    const allowed = new Set([siteOrigin, new URL(baseUrl).origin]);
    assert.deepEqual([...seen.origins].filter((o) => !allowed.has(o)), [], 'nothing loaded from a third party');
    await page.locator('.meeting-name a').first().click();
    await page.locator('#meeting_modal').waitFor({ state: 'visible' });
    await context.close();
  });

  test('Crouton\'s weekday filter is answered by the server', async () => {
    const query = `${AREA}&weekdays[]=2`;
    const meetings = await expectedMeetings(query);
    const { context, state, rows } = await render(query);
    assert.equal(state.done || meetings.length === 0, true);
    assert.equal(rows.length, meetings.length);
    assert.ok(rows.every((r) => r.day === 'Monday'), rows.map((r) => r.day).join(', '));
    await context.close();
  });
});
