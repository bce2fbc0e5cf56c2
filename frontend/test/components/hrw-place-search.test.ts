import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/hrw-place-search.js';
import type {
  HrwPlaceSearch,
  PlaceAttributionEvent,
  PlaceChosenEvent,
  QueryChangedEvent,
} from '../../src/components/hrw-place-search.js';

const PLACES = [
  { name: 'Northampton', region: 'MA', country: 'US', postalCode: null, latitude: 42.32, longitude: -72.63, label: 'Northampton, MA, US', kind: 'city' },
  { name: 'Northampton', region: 'ENG', country: 'GB', postalCode: null, latitude: 52.24, longitude: -0.9, label: 'Northampton, England, GB', kind: 'city' },
];

const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return new Response(JSON.stringify({ items: PLACES, attribution: 'GeoNames, CC BY 4.0' }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function settle(element: HrwPlaceSearch) {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function render(): Promise<HrwPlaceSearch> {
  const search = document.createElement('hrw-place-search');
  search.label = 'Town or ZIP code';
  search.inputId = 'near';
  search.hint = 'For example “01060”.';
  document.body.append(search);
  await search.updateComplete;
  return search;
}

function input(search: HrwPlaceSearch): HTMLInputElement {
  return search.shadowRoot!.querySelector<HTMLInputElement>('#near')!;
}

async function typeAndWait(search: HrwPlaceSearch, text: string) {
  const box = input(search);
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await settle(search);
}

function key(target: Element, name: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
}

describe('the place search box', () => {
  it('is labelled, with its hint and error', async () => {
    const search = await render();
    const root = search.shadowRoot!;
    expect(root.querySelector('label')?.getAttribute('for')).toBe('near');
    expect(input(search).getAttribute('aria-describedby')).toBe('near-hint');
    expect(input(search).getAttribute('aria-invalid')).toBe('false');
    search.error = 'Type a town first.';
    await search.updateComplete;
    expect(root.querySelector('#near-error')?.textContent).toBe('Type a town first.');
    expect(input(search).getAttribute('aria-describedby')).toBe('near-hint near-error');
    expect(input(search).getAttribute('aria-invalid')).toBe('true');
  });

  it('reports typing, asks for suggestions after a pause, and hands over the chosen place', async () => {
    const search = await render();
    const typed: string[] = [];
    const chosen: PlaceChosenEvent[] = [];
    const credits: string[] = [];
    search.addEventListener('hrw-query-changed', (event: QueryChangedEvent) => typed.push(event.text));
    search.addEventListener('hrw-place-chosen', (event: PlaceChosenEvent) => chosen.push(event));
    search.addEventListener('hrw-place-attribution', (event: PlaceAttributionEvent) => credits.push(event.attribution));

    await typeAndWait(search, 'N');
    expect(calls).toEqual([]);
    await typeAndWait(search, 'Northampton');
    expect(typed).toEqual(['N', 'Northampton']);
    expect(calls).toEqual(['/api/v1/places?q=Northampton&limit=8']);
    expect(credits).toEqual(['GeoNames, CC BY 4.0']);
    const root = search.shadowRoot!;
    expect(root.querySelector('.suggestions')?.getAttribute('aria-label')).toBe('Matching places');
    expect(root.querySelector('[role="status"]')?.textContent?.trim()).toBe('2 matching places are listed below the box.');

    root.querySelectorAll<HTMLButtonElement>('.suggestions button')[1]!.click();
    await settle(search);
    expect(chosen.map((event) => event.place.label)).toEqual(['Northampton, England, GB']);
    expect(chosen[0]!.composed).toBe(true);
    expect(root.querySelector('.suggestions')).toBeNull();
  });

  it('moves between the box and the suggestions with the arrow keys, and closes them with Escape', async () => {
    const search = await render();
    await typeAndWait(search, 'North');
    const root = search.shadowRoot!;
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('.suggestions button')];
    key(input(search), 'ArrowDown');
    expect(root.activeElement).toBe(buttons()[0]);
    key(buttons()[0]!, 'ArrowDown');
    expect(root.activeElement).toBe(buttons()[1]);
    key(buttons()[1]!, 'ArrowDown');
    expect(root.activeElement).toBe(buttons()[1]);
    key(buttons()[1]!, 'ArrowUp');
    key(buttons()[0]!, 'ArrowUp');
    expect(root.activeElement).toBe(input(search));
    key(input(search), 'ArrowDown');
    key(buttons()[0]!, 'Escape');
    await search.updateComplete;
    expect(root.querySelector('.suggestions')).toBeNull();
    expect(root.activeElement).toBe(input(search));
  });

  it('says when Enter is pressed, since the page’s form cannot see into the box', async () => {
    const search = await render();
    await typeAndWait(search, 'North');
    const submitted: string[] = [];
    search.addEventListener('hrw-query-submitted', (event) => submitted.push(event.text));
    key(input(search), 'Enter');
    await search.updateComplete;
    expect(submitted).toEqual(['North']);
    expect(search.shadowRoot!.querySelector('.suggestions')).toBeNull();
  });

  it('keeps working without suggestions when the server does not answer', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const search = await render();
    await typeAndWait(search, 'North');
    expect(search.shadowRoot!.querySelector('.suggestions')).toBeNull();
    expect(input(search).value).toBe('North');
  });
});
