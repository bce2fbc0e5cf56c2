import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseSummary } from '../../src/api/exercises.js';
import '../../src/components/hrw-exercise-picker.js';
import type { ExerciseChosenEvent, HrwExercisePicker } from '../../src/components/hrw-exercise-picker.js';
import { json, summary } from '../meetings/fixtures.js';

const SHAME = summary('listening-to-shame', 'Listening to shame');
const LETTER = summary('letter-to-someone-we-lost', 'A letter to someone we lost', {
  kind: 'personal-writing',
  contentNotes: ['grief', 'death', 'overdose'],
});

const calls: string[] = [];
let respond: (url: string) => Response;

beforeEach(() => {
  calls.length = 0;
  respond = () => json({ items: [SHAME, LETTER], page: 0, size: 8, total: 32 });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return respond(String(input));
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function settle(element: HrwExercisePicker) {
  for (let i = 0; i < 8; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function render(): Promise<HrwExercisePicker> {
  const picker = document.createElement('hrw-exercise-picker');
  document.body.append(picker);
  await settle(picker);
  return picker;
}

async function type(picker: HrwExercisePicker, text: string) {
  const box = picker.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await settle(picker);
}

function results(picker: HrwExercisePicker): HTMLButtonElement[] {
  return [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('.results button')];
}

function key(target: Element, name: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
}

describe('hrw-exercise-picker', () => {
  it('lists the library’s first few at once, then searches what is typed, eight at a time', async () => {
    const picker = await render();
    expect(calls).toEqual(['/api/v1/exercises?size=8']);
    expect(picker.shadowRoot!.querySelector('label')?.textContent).toBe('Search the exercise library');
    expect(picker.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain('32 exercises in the library; the first 2 are listed');

    respond = () => json({ items: [SHAME], page: 0, size: 8, total: 1 });
    await type(picker, '  shame ');
    expect(calls.at(-1)).toBe('/api/v1/exercises?q=shame&size=8');
    expect(results(picker).map((button) => button.querySelector('.title')?.textContent)).toEqual(['Listening to shame']);
    expect(picker.shadowRoot!.querySelector('[role="status"]')?.textContent).toBe('1 exercise matches “shame”.');
  });

  it('shows each match’s title, length, kind and content notes, and announces the one chosen', async () => {
    const picker = await render();
    const [first, second] = results(picker).map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
    expect(first).toBe('Listening to shame About 20 minutes · Video');
    expect(second).toBe('A letter to someone we lost About 20 minutes · Personal writing Content notes: grief, death, and overdose');

    const chosen: ExerciseSummary[] = [];
    picker.addEventListener('hrw-exercise-chosen', (event: ExerciseChosenEvent) => chosen.push(event.exercise));
    results(picker)[1]!.click();
    expect(chosen).toEqual([LETTER]);
  });

  it('works from the keyboard: down into the results, up back to the box, Escape to close', async () => {
    const picker = await render();
    const root = picker.shadowRoot!;
    const box = root.querySelector('input')!;
    box.focus();
    key(box, 'ArrowDown');
    expect(root.activeElement).toBe(results(picker)[0]);
    key(results(picker)[0]!, 'ArrowDown');
    expect(root.activeElement).toBe(results(picker)[1]);
    key(results(picker)[1]!, 'ArrowDown');
    expect(root.activeElement).toBe(results(picker)[1]);
    key(results(picker)[1]!, 'ArrowUp');
    key(results(picker)[0]!, 'ArrowUp');
    expect(root.activeElement).toBe(box);

    let dismissed = 0;
    picker.addEventListener('hrw-picker-dismissed', () => dismissed++);
    key(box, 'Escape');
    expect(dismissed).toBe(1);

    key(box, 'Enter');
    await settle(picker);
    expect(calls).toEqual(['/api/v1/exercises?size=8', '/api/v1/exercises?size=8']);
  });

  it('is kind when nothing matches, and offers the whole library', async () => {
    const picker = await render();
    respond = () => json({ items: [], page: 0, size: 8, total: 0 });
    await type(picker, 'zzz');
    const root = picker.shadowRoot!;
    expect(results(picker)).toEqual([]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('No exercises match “zzz”.');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/exercises?q=zzz');
  });

  it('says so when the library does not load, and tries again', async () => {
    respond = () => json({ title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json');
    const picker = await render();
    const alert = picker.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('The library did not load. We could not reach the server just now.');
    expect(picker.shadowRoot!.textContent).not.toContain('Try another word');

    respond = () => json({ items: [SHAME], page: 0, size: 8, total: 1 });
    alert.querySelector('button')!.click();
    await settle(picker);
    expect(picker.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    expect(results(picker)).toHaveLength(1);
  });
});
