import { describe, expect, it } from 'vitest';
import {
  addTopics,
  blankDraft,
  draftFromLearning,
  LEARNING_FIELDS,
  fieldForViolation,
  learningServerWords,
  inputFromDraft,
  kindFromQuery,
  normaliseTopic,
} from '../../src/learnings/learning-form.js';
import { QUESTION } from './form-fixtures.js';

describe('server violations on the compose form', () => {
  it('belong to the field they name, whatever the path around it', () => {
    expect(fieldForViolation('post.title')).toBe('title');
    expect(fieldForViolation('create.request.post.body')).toBe('body');
    expect(fieldForViolation('post.topics[1]')).toBe('topics');
    expect(fieldForViolation('post.topics[3].<list element>')).toBe('topics');
    expect(fieldForViolation('post.topics.<list element>[2]')).toBe('topics');
    expect(fieldForViolation('groupSlug')).toBe('groupSlug');
    expect(fieldForViolation('post.exerciseSlug')).toBe('exerciseSlug');
    expect(fieldForViolation('revision')).toBeNull();
  });

  it('about a topic are said for the one box the topics share', () => {
    expect(learningServerWords('topics', 'size must be between 2 and 30')).toContain('Each topic needs 2 to 30');
    expect(learningServerWords('title', 'size must be between 5 and 150')).toBeNull();
    // The server writes its message in the reader's language; the form's own words do not depend on it.
    expect(learningServerWords('exerciseSlug', 'no es un ejercicio publicado de la biblioteca')).toContain('not in the library any more');
  });
});

describe('the compose form’s own rules', () => {
  const problems = (draft: ReturnType<typeof blankDraft>, groupSlug: string | null = null) =>
    Object.fromEntries(
      Object.entries(LEARNING_FIELDS)
        .map(([field, spec]) => [field, spec.rule?.({ draft, groupSlug }) ?? null])
        .filter(([, message]) => message !== null),
    );

  it('say what a blank post still needs, in words that fit its kind', () => {
    expect(problems(blankDraft(), '')).toEqual({
      groupSlug: 'Choose which of your groups posts it',
      title: 'Enter a title: one line that says what it is about',
      body: 'Write what you want to share; a few sentences are enough',
    });
    expect(problems(blankDraft('question'))).toEqual({
      title: 'Write your question in one line',
      body: 'Write your question, with what would help to know',
    });
  });

  it('pass a post the server would take, and count what is too short or too long', () => {
    expect(problems(draftFromLearning(QUESTION))).toEqual({});
    expect(problems({ ...draftFromLearning(QUESTION), title: 'Why', body: 'x'.repeat(10001) })).toEqual({
      title: 'Write a little more in the title: at least 5 characters (it has 3 now)',
      body: 'Keep the post to 10000 characters or fewer (it has 10001 now)',
    });
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
