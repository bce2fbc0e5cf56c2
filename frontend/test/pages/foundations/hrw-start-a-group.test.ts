import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/pages/foundations/hrw-start-a-group.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the start-a-group page', () => {
  it('sends someone asked to help host a listed group to the co-host code page', async () => {
    const page = document.createElement('hrw-start-a-group');
    document.body.append(page);
    await (page as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('#next ~ ul a[href="/groups/join"]');
    expect(link?.textContent).toBe('use your co-host code');
    expect(link?.closest('li')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Helping to host a group that is already listed? Ask one of its hosts for a co-host code, then use your co-host code.',
    );
  });
});
