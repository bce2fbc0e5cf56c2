import { describe, expect, it } from 'vitest';
import { CHOOSE_TOWN, fieldErrors, fieldForViolation, firstErrorField, groupName, timeZoneChoices } from '../../src/groups/group-form.js';

describe('the register form', () => {
  it('previews the name as people type', () => {
    expect(groupName('  West   Philly ')).toBe('Harm Reduction Works-HRW West Philly');
    expect(groupName('')).toBe('Harm Reduction Works-HRW');
  });

  it('puts each server violation next to its field', () => {
    expect(fieldForViolation('locality')).toBe('locality');
    expect(fieldForViolation('schedule.durationMinutes')).toBe('durationMinutes');
    expect(fieldForViolation('schedule.days')).toBe('days');
    expect(fieldForViolation('listing.schedule.start')).toBe('start');
    expect(fieldForViolation('register.input.description')).toBe('description');
    expect(fieldForViolation('latitude')).toBe('town');
    expect(fieldForViolation('city')).toBe('town');
    expect(fieldForViolation('languages[0]')).toBe('languages');
    expect(fieldForViolation('somethingNew')).toBe('form');
  });

  it('joins several messages and finds the first field in the form’s order', () => {
    const errors = fieldErrors([
      { field: 'schedule.durationMinutes', message: 'must be at least 60' },
      { field: 'locality', message: 'must not be blank' },
      { field: 'latitude', message: 'must not be null' },
      { field: 'longitude', message: 'must not be null' },
      { field: 'city', message: 'must not be blank' },
    ]);
    expect(errors).toEqual({
      durationMinutes: 'must be at least 60',
      locality: 'must not be blank',
      town: `${CHOOSE_TOWN}; must not be blank`,
    });
    expect(firstErrorField(errors)).toBe('locality');
    expect(firstErrorField({ durationMinutes: 'x', town: 'y' })).toBe('town');
    expect(firstErrorField({})).toBeNull();
  });

  it('offers the viewer’s own zone when it is not a US one', () => {
    expect(timeZoneChoices('America/Chicago')).not.toContain('Europe/Berlin');
    expect(timeZoneChoices('Europe/Berlin').at(-1)).toBe('Europe/Berlin');
  });
});
