import { afterEach, describe, expect, it } from 'vitest';
import type { PlanEntry } from '../../src/api/meetings.js';
import { detailsOf, parseSlot } from '../../src/meetings/host-slot.js';
import { groupToday, plannedExercise, violationsByField } from '../../src/meetings/meeting-log.js';
import { showLocale } from '../../src/i18n/locale.js';
import {
  HEADCOUNT_LABELS,
  MEETING_LABELS,
  RATINGS,
  alreadyInLogNote,
  contentNotesInWords,
  dateInWords,
  exerciseFacts,
  keptNotice,
  loggedNotice,
  ratingInWords,
} from '../../src/meetings/meeting-words.js';

const WORDS = { slug: 'words-matter', title: 'Words matter', suggestedMinutes: 15 };

function plan(date: string, exercise: PlanEntry['exercise'], chooser: string | null = null): PlanEntry {
  return { date, exercise, chooser, showPublicly: false, revision: 1 };
}

describe('the meeting log’s logic', () => {
  it('takes today from the group’s own calendar, where it meets', () => {
    // Half past midnight on Tuesday in New York is still Monday evening for a group in Los Angeles.
    const lateInNewYork = new Date('2026-12-01T05:30:00Z');
    expect(groupToday('America/Los_Angeles', lateInNewYork)).toBe('2026-11-30');
    expect(groupToday('America/New_York', lateInNewYork)).toBe('2026-12-01');
    expect(groupToday('Pacific/Kiritimati', new Date('2026-12-31T10:30:00Z'))).toBe('2027-01-01');
  });

  it('without a zone, takes today from the browser’s own calendar, not from UTC', () => {
    expect(groupToday(undefined, new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(groupToday(undefined, new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
    expect(groupToday('Not/A_Zone', new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });

  it('finds today’s planned exercise, and ignores a plan for today that names none', () => {
    const entries = [plan('2026-12-01', null), plan('2026-12-08', WORDS, 'River')];
    expect(plannedExercise(entries, '2026-12-08')).toMatchObject({ exercise: WORDS, chooser: 'River' });
    expect(plannedExercise(entries, '2026-12-01')).toBeNull();
    expect(plannedExercise(entries, '2026-12-15')).toBeNull();
  });

  it('puts server violations beside the fields they name, whatever the path, and the rest on the form', () => {
    const errors = violationsByField(
      [
        { field: 'entry.note', message: 'size must be between 0 and 1000' },
        { field: 'rating', message: 'must be at least 1' },
        { field: 'rating', message: 'must be at least 1' },
        { field: 'request', message: 'is not readable' },
      ],
      ['note', 'rating'] as const,
    );
    expect(errors).toEqual({
      note: 'size must be between 0 and 1000',
      rating: 'must be at least 1',
      form: 'request: is not readable',
    });
  });

  it('says the facts of an exercise in plain words', () => {
    expect(exerciseFacts(15, 'guest-speaker')).toBe('About 15 minutes · Guest speaker');
    expect(exerciseFacts(20)).toBe('About 20 minutes');
    expect(contentNotesInWords(['overdose', 'drug-use-detail', 'grief'])).toBe('overdose, detailed drug use, and grief');
    expect(contentNotesInWords([])).toBeNull();
    expect(ratingInWords(4)).toBe('4 of 5, good');
  });

  it('reads back a kept slot, and nothing from what is not one', () => {
    const details = detailsOf({
      slug: 'words-matter',
      title: 'Words matter',
      kind: 'discussion-prompt',
      themes: ['stigma'],
      suggestedMinutes: 15,
      summary: 'About the words we use.',
      contentNotes: ['discrimination'],
      suits: 'both',
      language: 'en',
      source: { title: 'Words matter', creator: 'HRH413', publisher: null, year: null, url: null, freeToAccess: true },
      status: 'published',
      timesUsed: 3,
      publishedAt: '2026-01-01T00:00:00Z',
      howToRun: 'Read the list aloud.',
      prompts: ['Which word stings?'],
      suggestedBy: null,
      declineReason: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      revision: 2,
    });
    const slot = { exercise: WORDS, details, planned: { group: 'worcester-example', chooser: null } };
    expect(parseSlot(JSON.stringify(slot))).toEqual(slot);
    expect(parseSlot(JSON.stringify({ ...slot, details: { kind: 'reading' } }))).toEqual({ ...slot, details: null });
    expect(parseSlot('{"exercise":{"title":"No slug"}}')).toBeNull();
    expect(parseSlot('not json')).toBeNull();
    expect(parseSlot(null)).toBeNull();
  });
});

describe('the meeting log’s words', () => {
  afterEach(() => showLocale('en', { remember: false }));

  it('name each kind of meeting in a sentence of its own', () => {
    expect(loggedNotice('open', '2026-12-08')).toBe('Logged: the open meeting on Tue, Dec 8, 2026.');
    expect(keptNotice('focused', '2026-12-08')).toMatch(/^Kept on this device: the focused meeting on Tue, Dec 8, 2026\. /);
    expect(alreadyInLogNote('open')).toMatch(/^The log already has an open meeting on this date/);
    expect(alreadyInLogNote('focused')).toMatch(/^The log already has a focused meeting on this date/);
    expect(dateInWords('2026-12-08', false)).toBe('Tue, Dec 8');
    expect(dateInWords('not a date')).toBe('not a date');
  });

  it('follow the language shown, labels and dates included, without reloading the module', async () => {
    expect(MEETING_LABELS.open).toBe('Open meeting');
    await showLocale('es', { remember: false });
    expect(MEETING_LABELS.open).toBe('Reunión abierta');
    expect(MEETING_LABELS.focused).toBe('Reunión enfocada');
    expect(HEADCOUNT_LABELS['more-than-20']).toBe('Más de 20');
    expect(HEADCOUNT_LABELS['1-5']).toBe('1–5');
    expect(RATINGS.map((rating) => rating.word)).toEqual(['Dura', 'Así así', 'Bien', 'Muy bien', 'Genial']);
    expect(ratingInWords(4)).toBe('4 de 5, muy bien');
    expect(dateInWords('2026-12-08')).toMatch(/^mar, 8 (de )?dic(\.)? (de )?2026$/);
    expect(loggedNotice('open', '2026-12-08')).toMatch(/^Registrada: reunión abierta, mar, 8 /);
    expect(exerciseFacts(1)).toBe('Alrededor de 1 minuto');
    expect(exerciseFacts(15)).toBe('Unos 15 minutos');
    expect(contentNotesInWords(['overdose', 'grief', 'death'])).toMatch(/ y /);
  });
});
