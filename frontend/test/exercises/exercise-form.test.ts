import { describe, expect, it } from 'vitest';
import {
  blankDraft,
  draftFromExercise,
  EXERCISE_FIELDS,
  fieldForViolation,
  inputFromDraft,
  withoutEmptyPrompts,
} from '../../src/exercises/exercise-form.js';
import { editedSlug, slugFromPath } from '../../src/exercises/paths.js';
import { EXERCISE } from './fixtures.js';

describe('server violations', () => {
  it('belong to the field that shows them', () => {
    expect(fieldForViolation('exercise.title')).toBe('title');
    expect(fieldForViolation('exercise.themes')).toBe('themes');
    expect(fieldForViolation('exercise.suggestedMinutes')).toBe('suggestedMinutes');
    expect(fieldForViolation('exercise.source.url')).toBe('sourceUrl');
    expect(fieldForViolation('exercise.source.creator')).toBe('sourceCreator');
    expect(fieldForViolation('exercise.source')).toBe('sourceTitle');
    expect(fieldForViolation('groupSlug')).toBe('groupSlug');
    expect(fieldForViolation('exercise.prompts')).toBe('prompts');
  });

  it('find the prompt they are about, however Bean Validation names a list element', () => {
    expect(fieldForViolation('exercise.prompts[0]')).toBe('prompt-0');
    expect(fieldForViolation('exercise.prompts[2].<list element>')).toBe('prompt-2');
    expect(fieldForViolation('exercise.prompts.<list element>[2]')).toBe('prompt-2');
    expect(fieldForViolation('exercise.themes[1]')).toBe('themes');
  });

  it('belong to no field when none fits, so the summary says them alone', () => {
    expect(fieldForViolation('revision')).toBeNull();
    expect(fieldForViolation('request')).toBeNull();
  });
});

describe('the form’s own rules', () => {
  const problems = (draft: ReturnType<typeof blankDraft>, groupSlug: string | null = null) =>
    Object.fromEntries(
      Object.entries(EXERCISE_FIELDS)
        .map(([field, spec]) => [field, spec.rule?.({ draft, groupSlug }) ?? null])
        .filter(([, message]) => message !== null),
    );

  it('say in plain words what a blank suggestion still needs, group first', () => {
    expect(problems(blankDraft(), '')).toEqual({
      groupSlug: 'Choose which of your groups suggests it',
      title: 'Enter the exercise’s title',
      summary: 'Write a short summary: what it is and why it opens up a conversation',
      themes: 'Choose at least one theme',
      prompts: 'Write at least one discussion prompt',
      sourceTitle: 'Enter the title of the original',
      sourceCreator: 'Enter the author, host or creator',
    });
  });

  it('pass an exercise the server would take, and check numbers and addresses as typed', () => {
    const ready = draftFromExercise(EXERCISE);
    expect(problems(ready)).toEqual({});
    expect(
      problems({ ...ready, suggestedMinutes: '4', sourceYear: '19', sourceUrl: 'www.example.org', prompts: ['Why?', ready.prompts[0]!] }),
    ).toEqual({
      suggestedMinutes: 'Enter the minutes as a whole number from 5 to 90',
      'prompt-0': 'Make prompt 1 a little longer: at least 5 characters',
      sourceYear: 'Enter the year as four digits, such as 2019',
      sourceUrl: 'Enter the whole web address, starting with https://',
    });
    expect(problems({ ...ready, summary: 'x'.repeat(2001) })).toEqual({
      summary: 'Keep the summary to 2000 characters or fewer (it has 2001 now)',
    });
  });
});

describe('the draft', () => {
  it('sends empty optional parts as null and numbers as numbers', () => {
    const input = inputFromDraft({
      ...blankDraft(),
      title: '  Naloxone stories ',
      suggestedMinutes: '15',
      prompts: ['  Who taught you? ', ''],
      sourceTitle: 'Stories',
      sourceCreator: 'A group',
      sourceYear: '',
      sourceUrl: ' ',
      sourcePublisher: '',
      language: 'ES',
    });
    expect(input).toMatchObject({
      title: 'Naloxone stories',
      suggestedMinutes: 15,
      prompts: ['Who taught you?'],
      source: { title: 'Stories', creator: 'A group', publisher: null, year: null, url: null, freeToAccess: true },
      language: 'es',
    });
  });

  it('sends an emptied length as 0, so the server answers with its bounds beside the box', () => {
    expect(inputFromDraft({ ...blankDraft(), suggestedMinutes: '' }).suggestedMinutes).toBe(0);
  });

  it('drops empty prompt rows before sending, so the rows on screen match the indexes the server names', () => {
    const draft = withoutEmptyPrompts({ ...blankDraft(), prompts: ['', 'One?', ' ', 'Two?'] });
    expect(draft.prompts).toEqual(['One?', 'Two?']);
    expect(inputFromDraft(draft).prompts).toEqual(['One?', 'Two?']);
    expect(withoutEmptyPrompts({ ...blankDraft(), prompts: ['', ''] }).prompts).toEqual(['']);
  });

  it('starts an edit from the exercise and sends back the same input', () => {
    const input = inputFromDraft(draftFromExercise(EXERCISE));
    expect(input).toEqual({
      title: EXERCISE.title,
      kind: EXERCISE.kind,
      themes: EXERCISE.themes,
      suggestedMinutes: EXERCISE.suggestedMinutes,
      summary: EXERCISE.summary,
      howToRun: EXERCISE.howToRun,
      prompts: EXERCISE.prompts,
      source: EXERCISE.source,
      contentNotes: EXERCISE.contentNotes,
      suits: EXERCISE.suits,
      language: EXERCISE.language,
    });
  });
});

describe('exercise addresses', () => {
  it('read the slug of the page and of its edit form', () => {
    expect(slugFromPath('/exercises/fighting-for-space')).toBe('fighting-for-space');
    expect(slugFromPath('/exercises/caf%C3%A9/edit')).toBe('café');
    expect(slugFromPath('/exercises/a/b')).toBeNull();
    expect(slugFromPath('/groups/a')).toBeNull();
    expect(editedSlug('/exercises/new')).toBeNull();
    expect(editedSlug('/exercises/fighting-for-space/edit')).toBe('fighting-for-space');
    expect(editedSlug('/exercises/fighting-for-space')).toBeNull();
  });
});
