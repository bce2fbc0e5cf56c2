import { describe, expect, it } from 'vitest';
import {
  addTopics,
  blankDraft,
  draftFromLearning,
  fieldErrors,
  fieldForViolation,
  firstErrorField,
  inputFromDraft,
  kindFromQuery,
  normaliseTopic,
} from '../../src/learnings/learning-form.js';
import { QUESTION } from './form-fixtures.js';

describe('server violations on the compose form', () => {
  it('belong to the field they name, whatever the path around it', () => {
    expect(fieldForViolation('post.title')).toEqual({ field: 'title', index: null });
    expect(fieldForViolation('create.request.post.body')).toEqual({ field: 'body', index: null });
    expect(fieldForViolation('post.topics[1]')).toEqual({ field: 'topics', index: 1 });
    expect(fieldForViolation('post.topics[3].<list element>')).toEqual({ field: 'topics', index: 3 });
    expect(fieldForViolation('post.topics.<list element>[2]')).toEqual({ field: 'topics', index: 2 });
    expect(fieldForViolation('groupSlug')).toEqual({ field: 'groupSlug', index: null });
    expect(fieldForViolation('post.exerciseSlug')).toEqual({ field: 'exerciseSlug', index: null });
    expect(fieldForViolation('revision')).toEqual({ field: 'form', index: null });
  });

  it('name the topic they are about, join repeats once, and say which field comes first', () => {
    const errors = fieldErrors(
      [
        { field: 'post.body', message: 'size must be between 10 and 10000' },
        { field: 'post.topics[1]', message: 'must match "[a-z0-9-]{2,30}"' },
        { field: 'post.topics[1]', message: 'must match "[a-z0-9-]{2,30}"' },
        { field: 'post.title', message: 'must not be blank' },
        { field: 'post.title', message: 'size must be between 5 and 150' },
        { field: 'revision', message: 'must not be null' },
      ],
      ['naloxone', 'x'],
    );
    expect(errors).toEqual({
      body: 'size must be between 10 and 10000',
      topics: '“x”: must match "[a-z0-9-]{2,30}"',
      title: 'must not be blank; size must be between 5 and 150',
      form: 'revision must not be null',
    });
    expect(firstErrorField(errors)).toBe('title');
    expect(firstErrorField({ form: 'x' })).toBe('form');
    expect(firstErrorField({})).toBeNull();
  });
});

describe('topics', () => {
  it('are tidied into lower-case words joined by hyphens', () => {
    expect(normaliseTopic('  Finding a venue ')).toBe('finding-a-venue');
    expect(normaliseTopic('Naloxone!')).toBe('naloxone');
    expect(normaliseTopic('Café -- harm_reduction')).toBe('cafe-harm-reduction');
    expect(normaliseTopic('x')).toBeNull();
    expect(normaliseTopic('!!')).toBeNull();
    expect(normaliseTopic('a'.repeat(31))).toBeNull();
  });

  it('are added from a comma-separated line, without repeats, and never more than five', () => {
    expect(addTopics(['naloxone'], 'Naloxone, fentanyl test strips, ,x')).toEqual({
      topics: ['naloxone', 'fentanyl-test-strips'],
      unusable: ['x'],
      overLimit: [],
    });
    expect(addTopics(['a1', 'a2', 'a3', 'a4'], 'b1, b2, a1')).toEqual({
      topics: ['a1', 'a2', 'a3', 'a4', 'b1'],
      unusable: [],
      overLimit: ['b2'],
    });
  });
});

describe('the draft', () => {
  it('starts as the kind the address asks for, and ignores kinds it does not know', () => {
    expect(kindFromQuery('?kind=question')).toBe('question');
    expect(kindFromQuery('?kind=rant')).toBeNull();
    expect(kindFromQuery('')).toBeNull();
    expect(blankDraft('question').kind).toBe('question');
    expect(blankDraft().visibility).toBe('public');
  });

  it('round-trips a post, and asks the stewards only for a question', () => {
    const draft = draftFromLearning(QUESTION);
    expect(inputFromDraft({ ...draft, title: `  ${draft.title}  ` })).toEqual({
      kind: 'question',
      title: QUESTION.title,
      body: QUESTION.body,
      topics: ['finding-a-venue'],
      exerciseSlug: 'fighting-for-space',
      visibility: 'network',
      askStewards: true,
    });
    expect(inputFromDraft({ ...draft, kind: 'what-worked' }).askStewards).toBe(false);
    expect(inputFromDraft({ ...draft, exercise: null }).exerciseSlug).toBeNull();
  });
});
