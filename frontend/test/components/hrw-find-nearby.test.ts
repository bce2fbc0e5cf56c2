import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FindRequestedEvent, HrwFindNearby } from '../../src/components/hrw-find-nearby.js';
import '../../src/components/hrw-find-nearby.js';
import type { GroupFilters } from '../../src/api/groups.js';

async function settle(element: HrwFindNearby) {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function mount() {
  const element = document.createElement('hrw-find-nearby');
  document.body.append(element);
  const asked: GroupFilters[] = [];
  element.addEventListener('hrw-find', (event: FindRequestedEvent) => asked.push(event.filters));
  await settle(element);
  const search = element.shadowRoot!.querySelector('hrw-place-search')!;
  await search.updateComplete;
  const box = search.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  return { element, asked, search, box };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the find-a-meeting box', () => {
  it('asks for the groups near what was typed when Enter is pressed', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ items: [], attribution: '' }))));
    const { element, asked, box } = await mount();
    box.value = 'Northampton';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await settle(element);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.near).toBe('Northampton');
  });

  it('says what to do when Search is pressed with nothing typed, and asks for nothing', async () => {
    const { element, asked, search } = await mount();
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(element);
    await search.updateComplete;
    expect(asked).toEqual([]);
    expect(search.shadowRoot!.textContent).toContain('Type a town or ZIP code first, or use your location.');
  });

  it('asks for the groups near the viewer’s position, or explains why it has none in a status already in the page', async () => {
    let allow = true;
    vi.stubGlobal('navigator', {
      ...navigator,
      geolocation: {
        getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
          allow
            ? ok({ coords: { latitude: 42.3251, longitude: -72.6412 } } as GeolocationPosition)
            : fail({ code: 1 } as GeolocationPositionError),
      },
    });
    const { element, asked } = await mount();
    // In the page, empty, before there is anything to say: a region added with its words already in is often not read.
    const status = element.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent?.trim()).toBe('');
    const locate = () =>
      [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Use my location'))!;
    locate().click();
    await settle(element);
    expect(asked).toEqual([expect.objectContaining({ lat: 42.3251, lon: -72.6412 })]);
    allow = false;
    locate().click();
    await settle(element);
    expect(asked).toHaveLength(1);
    expect(element.shadowRoot!.querySelector('[role="status"]')).toBe(status);
    expect(status?.textContent).toContain('We could not get your location');
  });
});
