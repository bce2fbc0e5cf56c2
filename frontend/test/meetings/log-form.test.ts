import { describe, expect, it } from 'vitest';
import { LOG_FIELDS, logFieldForViolation, type LogCheckInput } from '../../src/meetings/log-form.js';

const DRAFT: LogCheckInput = { askDate: true, today: '2026-12-01', date: '2026-12-01', rating: 4, note: '' };

describe('the meeting-log form’s fields', () => {
  it('places a violation of a new entry, an edit or a nested input on the same field, and nothing else', () => {
    expect(['note', 'entry.note', 'updateMeeting.update.entry.note', 'record.input.note'].map(logFieldForViolation)).toEqual([
      'note',
      'note',
      'note',
      'note',
    ]);
    expect(logFieldForViolation('entry.rating')).toBe('rating');
    expect(logFieldForViolation('revision')).toBeNull();
    expect(logFieldForViolation('entry')).toBeNull();
  });

  it('asks for a rating of 1 to 5, whole, whatever a kept or edited entry held', () => {
    const rating = LOG_FIELDS.rating.rule!;
    expect([null, 0, 6, 2.5, 1, 5].map((value) => rating({ ...DRAFT, rating: value }))).toEqual([
      'Tap a number from 1 to 5 for how it went',
      'Tap a number from 1 to 5 for how it went',
      'Tap a number from 1 to 5 for how it went',
      'Tap a number from 1 to 5 for how it went',
      null,
      null,
    ]);
  });

  it('checks the date only where the form shows a date box, and counts the note as it is sent (trimmed)', () => {
    const date = LOG_FIELDS.date.rule!;
    expect(date({ ...DRAFT, date: '2026-12-02' })).toBe('Log a meeting once it has happened: this date is still to come');
    expect(date({ ...DRAFT, date: '' })).toBe('Choose the date of the meeting');
    expect(date({ ...DRAFT, askDate: false, date: '2026-12-02' })).toBeNull();
    const note = LOG_FIELDS.note.rule!;
    expect(note({ ...DRAFT, note: ` ${'x'.repeat(1000)} ` })).toBeNull();
    expect(note({ ...DRAFT, note: 'x'.repeat(1001) })).toBe('Keep the note to 1000 characters or fewer (it has 1001 now)');
  });
});
