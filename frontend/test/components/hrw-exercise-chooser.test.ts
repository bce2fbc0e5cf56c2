import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/hrw-exercise-chooser.js';
import type { HrwExerciseChooser } from '../../src/components/hrw-exercise-chooser.js';
import type { ExerciseChosenEvent } from '../../src/components/hrw-exercise-picker.js';
import { json, summary } from '../meetings/fixtures.js';

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => json({ items: [summary('words-matter', 'Words matter')], page: 0, size: 8, total: 1 })));
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 8; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function openChooser(): Promise<HrwExerciseChooser> {
  const chooser = document.createElement('hrw-exercise-chooser');
  chooser.label = 'Choose an exercise';
  document.body.append(chooser);
  await settle(chooser);
  chooser.shadowRoot!.querySelector('button')!.click();
  await settle(chooser);
  await settle(chooser.shadowRoot!.querySelector('hrw-exercise-picker')!);
  return chooser;
}

describe('hrw-exercise-chooser', () => {
  it('opens the picker in place, and Escape puts it away with focus back on the button', async () => {
    const chooser = await openChooser();
    const root = chooser.shadowRoot!;
    expect(chooser.hasAttribute('open')).toBe(true);
    const box = root.querySelector('hrw-exercise-picker')!.shadowRoot!.querySelector('input')!;
    let dismissedOutside = 0;
    document.body.addEventListener('hrw-picker-dismissed', () => dismissedOutside++, { once: true });
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await settle(chooser);
    expect(root.querySelector('hrw-exercise-picker')).toBeNull();
    expect(root.activeElement?.textContent).toBe('Choose an exercise');
    expect(dismissedOutside).toBe(0);
  });

  it('lets the choice through to the page and closes', async () => {
    const chooser = await openChooser();
    const chosen: string[] = [];
    chooser.addEventListener('hrw-exercise-chosen', (event: ExerciseChosenEvent) => chosen.push(event.exercise.slug));
    chooser.shadowRoot!.querySelector('hrw-exercise-picker')!.shadowRoot!.querySelector<HTMLButtonElement>('.results button')!.click();
    await settle(chooser);
    expect(chosen).toEqual(['words-matter']);
    expect(chooser.hasAttribute('open')).toBe(false);
  });
});
