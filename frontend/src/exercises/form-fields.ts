import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { rememberGroup } from '../lib/chosen-group.js';
import { groupPlace } from '../lib/network-name.js';

/**
 * Labelled fields for the exercise form: each with its hint and, when the server objected, its message, tied to
 * the control with aria-describedby so a screen reader reads them together.
 */
interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

export interface TextField extends FieldBase {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'number' | 'url';
  maxlength?: number;
  min?: number;
  max?: number;
  inputmode?: 'numeric';
}

interface ChoiceBase<T extends string> extends FieldBase {
  values: readonly T[];
  text: (value: T) => string;
  stack?: boolean;
}

export interface RadioField<T extends string> extends ChoiceBase<T> {
  current: T;
  onChange: (value: T) => void;
}

/** Reports each tick on its own: two quick ticks must not both start from the list as it was last drawn. */
export interface CheckField<T extends string> extends ChoiceBase<T> {
  current: readonly T[];
  onToggle: (value: T, on: boolean) => void;
}

/** The list with one value ticked or unticked, keeping the order the values are offered in. */
export function toggled<T extends string>(values: readonly T[], current: readonly T[], value: T, on: boolean): T[] {
  return values.filter((item) => (item === value ? on : current.includes(item)));
}

export const fieldStyles = css`
  fieldset {
    margin: 0 0 var(--hrw-space-m);
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    font-weight: 700;
    margin-bottom: 0.3rem;
    padding: 0;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--hrw-space-m);
  }

  .choices.stack {
    flex-direction: column;
  }

  .choices label,
  label.check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    margin: 0;
    font-weight: 400;
  }

  fieldset:focus-visible {
    outline: 3px solid var(--hrw-color-focus);
    outline-offset: 2px;
  }
`;

export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | typeof nothing {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
}

export function hintFor(id: string, hint: string | undefined) {
  return hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing;
}

export function errorFor(id: string, error: string | undefined) {
  return error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing;
}

export function textField(field: TextField) {
  return html`
    <div class="field">
      <label for=${field.id}>${field.label}</label>
      ${hintFor(field.id, field.hint)}
      <input
        id=${field.id}
        type=${field.type ?? 'text'}
        autocomplete="off"
        maxlength=${field.maxlength ?? nothing}
        min=${field.min ?? nothing}
        max=${field.max ?? nothing}
        inputmode=${field.inputmode ?? nothing}
        aria-describedby=${describedBy(field.id, field.hint, field.error)}
        aria-invalid=${field.error ? 'true' : 'false'}
        .value=${live(field.value)}
        @input=${(event: Event) => field.onInput((event.target as HTMLInputElement).value)}
      />
      ${errorFor(field.id, field.error)}
    </div>
  `;
}

export function textArea(field: Omit<TextField, 'type' | 'min' | 'max' | 'inputmode'>) {
  return html`
    <div class="field">
      <label for=${field.id}>${field.label}</label>
      ${hintFor(field.id, field.hint)}
      <textarea
        id=${field.id}
        maxlength=${field.maxlength ?? nothing}
        aria-describedby=${describedBy(field.id, field.hint, field.error)}
        aria-invalid=${field.error ? 'true' : 'false'}
        .value=${live(field.value)}
        @input=${(event: Event) => field.onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${errorFor(field.id, field.error)}
    </div>
  `;
}

/** A fieldset the form can focus when the server objects to the choice as a whole. */
function choiceSet<T extends string>(field: ChoiceBase<T>, control: (value: T) => unknown) {
  return html`
    <fieldset id=${field.id} tabindex="-1" aria-describedby=${describedBy(field.id, field.hint, field.error)}>
      <legend>${field.label}</legend>
      ${hintFor(field.id, field.hint)}
      <div class=${field.stack ? 'choices stack' : 'choices'}>
        ${field.values.map((value) => html`<label>${control(value)} ${field.text(value)}</label>`)}
      </div>
      ${errorFor(field.id, field.error)}
    </fieldset>
  `;
}

export interface GroupSelectField extends FieldBase {
  groups: readonly { slug: string; name: string }[];
  current: string;
  onChange: (slug: string) => void;
}

/**
 * Which of their groups a host of several acts as: one list box however many groups, rather than a radio button
 * each (a host of thirty groups would scroll past thirty). The choice is remembered for the next form.
 */
export function groupSelect(field: GroupSelectField) {
  return html`
    <div class="field">
      <label for=${field.id}>${field.label}</label>
      ${hintFor(field.id, field.hint)}
      <select
        id=${field.id}
        aria-describedby=${describedBy(field.id, field.hint, field.error)}
        aria-invalid=${field.error ? 'true' : 'false'}
        @change=${(event: Event) => {
          const slug = (event.target as HTMLSelectElement).value;
          if (slug) {
            rememberGroup(slug);
          }
          field.onChange(slug);
        }}
      >
        <option value="" .selected=${live(field.current === '')}>${msg('Choose one of your groups')}</option>
        ${field.groups.map(
          (group) => html`<option value=${group.slug} .selected=${live(field.current === group.slug)}>${groupPlace(group.name)}</option>`,
        )}
      </select>
      ${errorFor(field.id, field.error)}
    </div>
  `;
}

export function radioGroup<T extends string>(field: RadioField<T>) {
  return choiceSet(
    field,
    (value) =>
      html`<input
        type="radio"
        name=${field.id}
        value=${value}
        .checked=${live(field.current === value)}
        @change=${() => field.onChange(value)}
      />`,
  );
}

export function checkGroup<T extends string>(field: CheckField<T>) {
  return choiceSet(
    field,
    (value) =>
      html`<input
        type="checkbox"
        name=${field.id}
        value=${value}
        .checked=${live(field.current.includes(value))}
        @change=${(event: Event) => field.onToggle(value, (event.target as HTMLInputElement).checked)}
      />`,
  );
}
