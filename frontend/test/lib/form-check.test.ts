import { msg } from '@lit/localize';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/client.js';
import { showLocale } from '../../src/i18n/locale.js';
import { FormCheck, needed, plainServerMessage, tooLong, type FieldSpecs } from '../../src/lib/form-check.js';

interface Draft {
  name: string;
  email: string;
}

type Field = 'name' | 'email';

const FIELDS: FieldSpecs<Draft, Field> = {
  name: { noun: 'the name', rule: ({ name }) => (name.trim() ? null : 'Enter the name') },
  email: { noun: 'the email address' },
};

function form() {
  let updates = 0;
  const host = { addController: () => undefined, removeController: () => undefined, requestUpdate: () => void updates++, updateComplete: Promise.resolve(true) };
  const check = new FormCheck<Draft, Field>(host, {
    fields: FIELDS,
    fieldOf: (path) => (path === 'person.name' ? 'name' : path === 'person.email' ? 'email' : null),
  });
  return { check, updates: () => updates };
}

function eventFrom(id: string): Event {
  const form = document.createElement('form');
  const input = document.createElement('input');
  input.id = id;
  form.append(input);
  document.body.append(form);
  let seen: Event | null = null;
  form.addEventListener('focusout', (event) => (seen = event));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  form.remove();
  return seen!;
}

describe('the forms’ checking', () => {
  it('says nothing about a field until it was left or a submit was tried', () => {
    const { check, updates } = form();
    const empty = { name: '', email: '' };
    expect(check.errors(empty)).toEqual({});
    expect(check.summary(empty)).toEqual([]);
    check.left(eventFrom('name'));
    expect(updates()).toBe(1);
    expect(check.errors(empty)).toEqual({ name: 'Enter the name' });
    // Left, but no submit yet: beside the field only.
    expect(check.summary(empty)).toEqual([]);
    expect(check.errors({ name: 'Sam', email: '' })).toEqual({});
  });

  it('refuses a submit the rules do not pass and lists each problem for the summary, in the order of the page', () => {
    const { check } = form();
    expect(check.submit({ name: ' ', email: '' })).toBe(false);
    expect(check.summary({ name: ' ', email: '' })).toEqual([{ field: 'name', message: 'Enter the name' }]);
    expect(check.submit({ name: 'Sam', email: '' })).toBe(true);
    expect(check.summary({ name: 'Sam', email: '' })).toEqual([]);
  });

  it('puts the server’s problems on their fields in plain words, and one it cannot place in the summary alone', () => {
    const { check } = form();
    const draft = { name: 'Sam', email: 'sam@' };
    check.submit(draft);
    check.failed(
      new ApiError({
        status: 400,
        title: 'Invalid request',
        violations: [
          { field: 'person.email', message: 'must be a well-formed email address' },
          { field: 'person.email', message: 'size must be between 0 and 254' },
          { field: 'person.age', message: 'must be greater than or equal to 18' },
        ],
      }),
      draft,
    );
    expect(check.errors(draft)).toEqual({
      email: 'Enter the email address as an email address, like name@example.org. Keep the email address to 254 characters or fewer',
    });
    expect(check.summary(draft).map((item) => item.field)).toEqual(['email', null]);
    expect(check.summary(draft)[1]?.message).toBe('person.age must be greater than or equal to 18');
    // Typing in the field takes the server's word on it away.
    check.edited(eventFrom('email'));
    expect(check.errors(draft)).toEqual({});
  });

  it('says a failed request that is not about the fields as one line of the summary', () => {
    const { check } = form();
    const draft = { name: 'Sam', email: '' };
    check.submit(draft);
    check.failed(new ApiError({ status: 0, title: 'The server could not be reached' }), draft);
    expect(check.summary(draft)).toEqual([
      { field: null, message: 'We could not reach the server just now. Check the connection, then try again.' },
    ]);
    check.reset();
    expect(check.summary(draft)).toEqual([]);
  });

  it('words Bean Validation’s messages for people', () => {
    expect(plainServerMessage('the title', 'must not be blank')).toBe('The title is needed');
    expect(plainServerMessage('the title', 'size must be between 5 and 150')).toBe('The title needs between 5 and 150 characters');
    expect(plainServerMessage('the year', 'must be less than or equal to 2100')).toBe('The year can be at most 2100');
    expect(plainServerMessage('the place name', 'must match "[a-z]*"')).toBe('The place name has characters that cannot be used here');
    expect(plainServerMessage('the link', 'is needed for a group that meets online')).toBe('The link is needed for a group that meets online');
    expect(plainServerMessage('the link', 'Already taken.')).toBe('Already taken.');
  });
});

describe('the forms’ checking in Spanish', () => {
  afterEach(() => showLocale('en', { remember: false }));

  it('says its own words in Spanish, with the field’s noun where Spanish puts it', async () => {
    await showLocale('es', { remember: false });
    expect(tooLong('x'.repeat(81), 80, 'el nombre del lugar')).toBe('Escribe como máximo 80 caracteres en el nombre del lugar (ahora hay 81)');
    expect(needed('Hola', 'Escribe el título', 10, 'el título', 150)).toBe(
      'Escribe un poco más en el título: al menos 10 caracteres (ahora hay 4)',
    );
    expect(needed('  ', 'Escribe el título', 10, 'el título', 150)).toBe('Escribe el título');
  });

  it('words the validator’s Spanish messages for people, and the service’s own after the noun', async () => {
    await showLocale('es', { remember: false });
    expect(plainServerMessage('el título', 'no debe estar vacío')).toBe('Falta el título');
    expect(plainServerMessage('la nota', 'el tamaño debe estar entre 0 y 1000')).toBe('Escribe como máximo 1000 caracteres en la nota');
    expect(plainServerMessage('el título', 'el tamaño debe estar entre 5 y 150')).toBe('Escribe entre 5 y 150 caracteres en el título');
    expect(plainServerMessage('la duración', 'debe ser menor que o igual a 90')).toBe('El máximo para la duración es 90');
    expect(plainServerMessage('el correo privado', 'debe ser una dirección de correo electrónico con formato correcto')).toBe(
      'Escribe el correo privado como una dirección de correo, por ejemplo nombre@ejemplo.org',
    );
    expect(plainServerMessage('el enlace', 'se necesita para un grupo que se reúne en línea')).toBe(
      'El enlace se necesita para un grupo que se reúne en línea',
    );
    // The English validator's words, should a server answer in English, are put in Spanish all the same.
    expect(plainServerMessage('el título', 'must not be blank')).toBe('Falta el título');
  });

  it('reads a field’s noun in the language shown when the noun is a function', async () => {
    const host = { addController: () => undefined, removeController: () => undefined, requestUpdate: () => undefined, updateComplete: Promise.resolve(true) };
    const check = new FormCheck<Draft, Field>(host, {
      fields: { name: { noun: () => msg('the place name') }, email: { noun: 'the email address' } },
      fieldOf: (path) => (path === 'name' ? 'name' : null),
    });
    await showLocale('es', { remember: false });
    const draft = { name: '', email: '' };
    check.failed(new ApiError({ status: 400, title: 'Datos no válidos', violations: [{ field: 'name', message: 'no debe estar vacío' }] }), draft);
    expect(check.errors(draft)).toEqual({ name: 'Falta el nombre del lugar' });
  });
});
