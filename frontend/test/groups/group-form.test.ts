import { afterEach, describe, expect, it } from 'vitest';
import { showLocale } from '../../src/i18n/locale.js';
import { chooseTown, GROUP_FIELDS, blankInput, fieldForViolation, groupName, groupServerWords, timeZoneChoices } from '../../src/groups/group-form.js';
import type { GroupInput } from '../../src/api/groups.js';

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
    expect(fieldForViolation('somethingNew')).toBeNull();
  });

  const ready: GroupInput = {
    ...blankInput('America/New_York'),
    locality: 'Easthampton',
    city: 'Easthampton',
    region: 'MA',
    latitude: 42.27,
    longitude: -72.67,
    schedule: { ...blankInput('America/New_York').schedule, days: ['tuesday'] },
    privateEmail: 'hosts@example.org',
  };
  const problems = (input: GroupInput) =>
    Object.fromEntries(
      Object.entries(GROUP_FIELDS)
        .map(([field, spec]) => [field, spec.rule?.(input) ?? null])
        .filter(([, message]) => message !== null),
    );

  it('finds nothing to say about a listing that is ready to send', () => {
    expect(problems(ready)).toEqual({});
  });

  it('says in plain words what an empty form still needs, in the order of the page', () => {
    expect(problems(blankInput('America/New_York'))).toEqual({
      locality: 'Enter the group’s place name, such as your town or neighbourhood',
      town: chooseTown(),
      days: 'Choose the day the group meets',
      privateEmail: 'Enter the private email address where messages from people who want to come arrive',
    });
    expect(Object.keys(GROUP_FIELDS).slice(0, 3)).toEqual(['locality', 'description', 'format']);
  });

  it('asks for what the choices made needed, and checks what was typed', () => {
    expect(
      problems({
        ...ready,
        locality: 'East<hampton>',
        attendance: 'online',
        latitude: null,
        onlineUrl: 'zoom.us/j/1',
        focus: ['other'],
        contactMethod: 'email',
        publicEmail: 'not an address',
        description: 'x'.repeat(2001),
        schedule: { ...ready.schedule, recurrence: 'every-other-week', durationMinutes: 120 },
      }),
    ).toEqual({
      locality: 'Use only letters, numbers, spaces and . , ’ ( ) & / - in the place name',
      description: 'Keep the description to 2000 characters or fewer (it has 2001 now)',
      focusOther: 'Say who the group especially welcomes',
      onlineUrl: 'Enter the whole link, starting with https://',
      firstDate: 'Enter the date of one meeting, so the directory knows which weeks are meeting weeks',
      durationMinutes: 'Enter a length from 60 to 90 minutes: the script takes about an hour',
      publicEmail: 'Enter the email address to show in the form name@example.org',
    });
    // An online group needs no town; an in-person one needs no link.
    expect(problems({ ...ready, attendance: 'online', latitude: null, onlineUrl: 'https://meet.example.org/x' })).toEqual({});
  });

  it('words the server’s own rules for the place name and the town the form’s way', () => {
    expect(groupServerWords('locality', 'is what follows "Harm Reduction Works-HRW" in the group\'s name')).toBe(
      'Enter only the place, such as Northampton: “Harm Reduction Works-HRW” is added to the name for you',
    );
    expect(groupServerWords('town', 'and longitude are needed')).toBe(chooseTown());
    expect(groupServerWords('locality', 'es lo que va después de "Harm Reduction Works-HRW" en el nombre del grupo')).toBe(
      'Enter only the place, such as Northampton: “Harm Reduction Works-HRW” is added to the name for you',
    );
    expect(groupServerWords('venue', 'size must be between 0 and 200')).toBeNull();
  });

  it('offers the viewer’s own zone when it is not a US one', () => {
    expect(timeZoneChoices('America/Chicago')).not.toContain('Europe/Berlin');
    expect(timeZoneChoices('Europe/Berlin').at(-1)).toBe('Europe/Berlin');
  });
});

describe('the register form in Spanish', () => {
  afterEach(() => showLocale('en', { remember: false }));

  it('says what an empty form still needs in Spanish, and words the limits with the field in Spanish', async () => {
    await showLocale('es', { remember: false });
    const empty = blankInput('America/New_York');
    const problems = Object.fromEntries(
      Object.entries(GROUP_FIELDS)
        .map(([field, spec]) => [field, spec.rule?.(empty) ?? null])
        .filter(([, message]) => message !== null),
    );
    expect(problems).toEqual({
      locality: 'Escribe el nombre del lugar del grupo, como tu pueblo, ciudad o barrio',
      town: 'Elige el pueblo o la ciudad de la lista, para que la gente de la zona encuentre el grupo',
      days: 'Elige el día en que se reúne el grupo',
      privateEmail: 'Escribe el correo privado donde llegan los mensajes de quienes quieren venir',
    });
    expect(GROUP_FIELDS.description.rule!({ ...empty, description: 'x'.repeat(2001) })).toBe(
      'Escribe como máximo 2000 caracteres en la descripción (ahora hay 2001)',
    );
    const noun = GROUP_FIELDS.locality.noun;
    expect(typeof noun === 'function' ? noun() : noun).toBe('el nombre del lugar');
    expect(groupServerWords('locality', 'es lo que va después de "Harm Reduction Works-HRW" en el nombre del grupo')).toBe(
      'Escribe solo el lugar, por ejemplo Northampton: “Harm Reduction Works-HRW” se agrega al nombre por ti',
    );
  });
});
