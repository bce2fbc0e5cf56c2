import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeInWords, recurrenceInWords, scheduleInWords } from '../../src/groups/schedule-words.js';
import { showLocale } from '../../src/i18n/locale.js';

describe('the schedule in words', () => {
  it('says how often and when', () => {
    expect(scheduleInWords({ recurrence: 'weekly', days: ['tuesday'], start: '19:00:00', durationMinutes: 90 })).toBe(
      'Every Tuesday, 7:00–8:30 PM',
    );
    expect(recurrenceInWords({ recurrence: 'every-other-week', days: ['wednesday'] })).toBe('Every other Wednesday');
    expect(recurrenceInWords({ recurrence: 'monthly', days: ['thursday'], weekOfMonth: -1 })).toBe(
      'The last Thursday of each month',
    );
    expect(recurrenceInWords({ recurrence: 'monthly', days: ['sunday'], weekOfMonth: 2 })).toBe(
      'The second Sunday of each month',
    );
    expect(recurrenceInWords({ recurrence: 'weekly', days: ['thursday', 'monday', 'saturday'] })).toBe(
      'Every Monday, Thursday and Saturday',
    );
  });

  it('keeps AM and PM on both ends across noon', () => {
    expect(scheduleInWords({ recurrence: 'weekly', days: ['sunday'], start: '11:30:00', durationMinutes: 60 })).toBe(
      'Every Sunday, 11:30 AM–12:30 PM',
    );
  });

  it('explains cancelled and moved meetings', () => {
    expect(changeInWords({ date: '2026-12-08', kind: 'cancelled' })).toBe('No meeting on Tue, Dec 8');
    expect(changeInWords({ date: '2026-12-08', kind: 'moved', movedToDate: '2026-12-09', movedToStart: '18:00:00' })).toBe(
      'The meeting on Tue, Dec 8 moves to Wed, Dec 9 at 6:00 PM',
    );
    expect(changeInWords({ date: '2026-12-08', kind: 'moved', movedToStart: '18:30' })).toBe(
      'The meeting on Tue, Dec 8 starts at 6:30 PM instead',
    );
  });
});

describe('the schedule in Spanish', () => {
  beforeAll(async () => {
    await showLocale('es', { remember: false });
  });

  afterAll(async () => {
    await showLocale('en', { remember: false });
  });

  it('puts the days after “todos los” in the plural, and a monthly day in the singular', () => {
    expect(scheduleInWords({ recurrence: 'weekly', days: ['tuesday'], start: '19:00:00', durationMinutes: 90 })).toBe(
      'Todos los martes, 7:00–8:30 p.m.',
    );
    expect(recurrenceInWords({ recurrence: 'weekly', days: ['sunday', 'saturday'] })).toBe('Todos los sábados y domingos');
    expect(recurrenceInWords({ recurrence: 'every-other-week', days: ['wednesday'] })).toBe('Cada dos semanas, los miércoles');
    expect(recurrenceInWords({ recurrence: 'monthly', days: ['thursday'], weekOfMonth: -1 })).toBe('El último jueves de cada mes');
    expect(recurrenceInWords({ recurrence: 'monthly', days: ['sunday'], weekOfMonth: 1 })).toBe('El primer domingo de cada mes');
  });

  it('explains cancelled and moved meetings', () => {
    expect(changeInWords({ date: '2026-12-08', kind: 'cancelled' })).toBe('No hay reunión el mar, 8 de dic');
    expect(changeInWords({ date: '2026-12-08', kind: 'moved', movedToDate: '2026-12-09', movedToStart: '18:00:00' })).toBe(
      'La reunión del mar, 8 de dic pasa al mié, 9 de dic (6:00 p.m.)',
    );
  });
});
