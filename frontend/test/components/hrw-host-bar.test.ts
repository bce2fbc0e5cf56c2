import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/hrw-host-bar.js';
import type { HrwHostBar } from '../../src/components/hrw-host-bar.js';
import { showLocale } from '../../src/i18n/locale.js';

afterEach(async () => {
  document.body.replaceChildren();
  await showLocale('en', { remember: false });
});

async function bar(props: Partial<HrwHostBar>): Promise<HrwHostBar> {
  const element = document.createElement('hrw-host-bar');
  Object.assign(element, props);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const buttons = (element: HrwHostBar) => [...element.shadowRoot!.querySelectorAll('button')];

describe('hrw-host-bar', () => {
  it('shows both clocks against their suggested times, and where the host is', async () => {
    const element = await bar({
      index: 4,
      total: 12,
      meetingMs: 65_000,
      meetingMinutes: 73,
      sectionMs: 21 * 60_000,
      range: { low: 10, high: 20 },
      running: true,
      started: true,
      sectionOver: true,
    });
    const timers = [...element.shadowRoot!.querySelectorAll('[role="timer"]')];
    expect(timers.map(words)).toEqual(['Meeting 1:05 of 73 min', 'This section 21:00 of 10–20 min']);
    expect(timers[1]!.classList.contains('over')).toBe(true);
    expect(words(element.shadowRoot!.querySelector('.position'))).toBe('5 of 12');
    expect(buttons(element).map(words)).toEqual(['Pause', '← Previous', 'Next →']);
  });

  it("speaks the app's language, and offers to start a clock that has not started", async () => {
    await showLocale('es', { remember: false });
    const element = await bar({ index: 0, total: 3, meetingMinutes: 73, range: { low: 10, high: 20 } });
    expect(buttons(element).map(words)).toEqual(['Iniciar el reloj', '← Anterior', 'Siguiente →']);
    expect(words(element.shadowRoot!.querySelector('.position'))).toBe('1 de 3');
    const timers = [...element.shadowRoot!.querySelectorAll('[role="timer"]')];
    expect(timers.map(words)).toEqual(['Reunión 0:00 de 73 min', 'Esta parte 0:00 de 10–20 min']);
    expect(timers.map((timer) => timer.getAttribute('aria-label'))).toEqual(['Reunión', 'Esta parte']);

    await showLocale('en', { remember: false });
    await element.updateComplete;
    expect(buttons(element).map(words)).toEqual(['Start the clock', '← Previous', 'Next →']);
  });

  it('asks the page to step and to start or pause, and says when there is nowhere further to go', async () => {
    const element = await bar({ index: 2, total: 3, meetingMinutes: 73 });
    const steps: number[] = [];
    const toggles = vi.fn();
    document.body.addEventListener('hrw-step', (event) => steps.push(event.detail.delta));
    document.body.addEventListener('hrw-clock-toggle', toggles);
    const [toggle, previous, next] = buttons(element);
    expect(previous!.getAttribute('aria-disabled')).toBe('false');
    expect(next!.getAttribute('aria-disabled')).toBe('true');
    previous!.click();
    next!.click();
    toggle!.click();
    expect(steps).toEqual([-1, 1]);
    expect(toggles).toHaveBeenCalledTimes(1);
  });
});
