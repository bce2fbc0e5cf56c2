import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/hrw-markdown-field.js';
import '../../src/components/hrw-reply-form.js';
import { showLocale } from '../../src/i18n/locale.js';

afterEach(async () => {
  document.body.replaceChildren();
  await showLocale('en', { remember: false });
});

/** The help beside the post's and the reply's text box, in the language shown. */
async function helpTexts(): Promise<string[]> {
  const field = document.createElement('hrw-markdown-field');
  const reply = document.createElement('hrw-reply-form');
  reply.voices = { groups: [{ slug: 'amherst', name: 'Harm Reduction Works-HRW Amherst' }], stewards: false };
  document.body.append(field, reply);
  await Promise.all([field.updateComplete, reply.updateComplete]);
  return [field.shadowRoot!.querySelector('#markdown-help'), reply.shadowRoot!.querySelector('#reply-hint')].map(
    (hint) => hint?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

describe('the help for formatting a post or a reply', () => {
  it('says how to make bold, italic and lists in plain words, without naming Markdown, HTML or nofollow', async () => {
    for (const locale of ['en', 'es'] as const) {
      await showLocale(locale, { remember: false });
      const texts = await helpTexts();
      for (const text of texts) {
        expect(text, locale).not.toMatch(/markdown|html|nofollow/i);
        expect(text, locale).toContain('**');
        expect(text, locale).toContain('“- ”');
      }
      expect(texts[0], `${locale}: how to write a link`).toContain('](https://…)');
      document.body.replaceChildren();
    }
  });
});
