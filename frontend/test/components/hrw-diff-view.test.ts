import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/hrw-diff-view.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('hrw-diff-view', () => {
  it('marks each line with a sign and, for screen readers, a word, so colour is never the only cue', async () => {
    const view = document.createElement('hrw-diff-view');
    view.diff = '--- k\n+++ k\n@@ -1,2 +1,2 @@\n Same line\n-Old line\n+New line\n@@ -9 +9 @@\n-Gone';
    view.language = 'es';
    document.body.append(view);
    await view.updateComplete;

    const lists = view.shadowRoot!.querySelectorAll('ol');
    expect(lists).toHaveLength(2);
    const lines = [...lists[0]!.querySelectorAll('li')].map((li) => ({
      kind: li.className,
      sign: li.querySelector('.sign')?.textContent,
      text: li.textContent?.replace(/\s+/g, ' ').trim(),
    }));
    expect(lines).toEqual([
      { kind: 'context', sign: '', text: 'Same line' },
      { kind: 'removed', sign: '−', text: '− Removed: Old line' },
      { kind: 'added', sign: '+', text: '+ Added: New line' },
    ]);
    expect(view.shadowRoot!.querySelector('.sign')?.getAttribute('aria-hidden')).toBe('true');
    expect(view.shadowRoot!.querySelector('.gap')?.textContent).toContain('unchanged lines left out');
    expect(view.shadowRoot!.querySelector('li span[lang]')?.getAttribute('lang')).toBe('es');
  });
});
