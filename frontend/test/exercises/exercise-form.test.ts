import { describe, expect, it } from 'vitest';
import {
  blankDraft,
  draftFromExercise,
  fieldErrors,
  fieldForViolation,
  firstErrorField,
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

  it('go with the form as a whole when no field fits, keeping the server’s name for it', () => {
    expect(fieldForViolation('revision')).toBe('form');
    expect(fieldForViolation('request')).toBe('form');
    expect(fieldErrors([{ field: 'revision', message: 'must not be null' }])).toEqual({ form: 'revision must not be null' });
  });

  it('join several messages for one field and point at the first field on screen', () => {
    const errors = fieldErrors([
      { field: 'exercise.source.url', message: 'must be a web address starting with https://' },
      { field: 'exercise.prompts[1]', message: 'size must be between 5 and 500' },
      { field: 'exercise.title', message: 'must not be blank' },
      { field: 'exercise.title', message: 'size must be between 3 and 200' },
    ]);
    expect(errors).toEqual({
      sourceUrl: 'must be a web address starting with https://',
      'prompt-1': 'size must be between 5 and 500',
      title: 'must not be blank; size must be between 3 and 200',
    });
    expect(firstErrorField(errors)).toBe('title');
    expect(firstErrorField({ sourceUrl: 'x', 'prompt-1': 'y' })).toBe('prompt-1');
    expect(firstErrorField({ groupSlug: 'x', title: 'y' })).toBe('groupSlug');
    expect(firstErrorField({})).toBeNull();
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
