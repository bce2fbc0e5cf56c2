import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/hrw-learning-card.js';
import '../../src/components/hrw-topic-input.js';
import type { HrwLearningCard } from '../../src/components/hrw-learning-card.js';
import type { HrwTopicInput } from '../../src/components/hrw-topic-input.js';
import { showLocale } from '../../src/i18n/locale.js';
import { LEARNING_FIELDS, blankDraft } from '../../src/learnings/learning-form.js';
import { dateInWords, helpedInWords, repliesInWords } from '../../src/learnings/labels.js';
import { flaggingInWords } from '../../src/pages/learnings/hrw-learning-review.js';
import { settle, words } from '../exercises/fixtures.js';
import { SUMMARY } from './post-fixtures.js';

afterEach(async () => {
  document.body.replaceChildren();
  await showLocale('en', { remember: false });
});

describe('shared learnings in Spanish', () => {
  it('count replies, helped groups and flags with Spanish words and plurals', async () => {
    await showLocale('es', { remember: false });
    expect(repliesInWords(0)).toBe('Todavía no hay respuestas');
    expect(repliesInWords(1)).toBe('1 respuesta');
    expect(repliesInWords(12)).toBe('12 respuestas');
    expect(helpedInWords(1)).toBe('Le ayudó a 1 grupo');
    expect(helpedInWords(5)).toBe('Les ayudó a 5 grupos');
    const flag = { reason: 'Names a member', createdAt: '2026-11-03T12:00:00Z' };
    expect(flaggingInWords({ flaggingGroups: 1, flags: [flag], status: 'visible' })).toBe('Reportada por 1 grupo');
    expect(flaggingInWords({ flaggingGroups: 3, flags: [flag], status: 'hidden' })).toBe(
      'Reportada por 3 grupos, así que queda oculta hasta que un custodio decida',
    );
  });

  it('write the day a post was shared the Spanish way', async () => {
    await showLocale('es', { remember: false });
    expect(dateInWords('2026-11-03T12:00:00Z', 'UTC')).toBe('3 nov 2026');
  });

  it('word the compose form’s checks in Spanish, the field names included', async () => {
    await showLocale('es', { remember: false });
    expect(LEARNING_FIELDS.body.rule?.({ draft: blankDraft('question'), groupSlug: null })).toBe(
      'Escribe tu pregunta, con lo que ayudaría saber',
    );
    expect(LEARNING_FIELDS.groupSlug.rule?.({ draft: blankDraft(), groupSlug: '' })).toBe('Elige cuál de tus grupos la publica');
    expect(LEARNING_FIELDS.title.noun).toBe('el título');
  });

  it('redraw a post in the list when the language changes, the group’s own words untouched', async () => {
    const card = document.createElement('hrw-learning-card') as HrwLearningCard;
    card.learning = SUMMARY;
    document.body.append(card);
    await settle(card);
    expect(words(card.shadowRoot!.querySelector('.counts'))).toBe('2 replies · Helped 3 groups');
    await showLocale('es', { remember: false });
    await settle(card);
    const root = card.shadowRoot!;
    expect(words(root.querySelector('.counts'))).toBe('2 respuestas · Les ayudó a 3 grupos');
    expect(words(root.querySelector('.from'))).toMatch(/^De Harm Reduction Works-HRW Northampton, 3 nov 2026, editada$/);
    expect(root.querySelector('.badges')?.getAttribute('aria-label')).toBe('Sobre esta publicación');
    expect(words(root.querySelector('.badges'))).toContain('Una pregunta');
    expect(words(root.querySelector('.title'))).toBe(SUMMARY.title);
  });

  it('list the topics left out with a Spanish “and”', async () => {
    await showLocale('es', { remember: false });
    const input = document.createElement('hrw-topic-input') as HrwTopicInput;
    input.topics = ['a1', 'a2', 'a3', 'a4'];
    document.body.append(input);
    await settle(input);
    const box = input.shadowRoot!.querySelector<HTMLInputElement>('#topic-entry')!;
    box.value = 'b1, b2, b3,';
    box.dispatchEvent(new Event('input'));
    await settle(input);
    expect(words(input.shadowRoot!.querySelector('#topic-entry-note'))).toBe(
      'Una publicación puede tener 5 temas. Quita uno para agregar “b2” y “b3”.',
    );
  });
});
