import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  AUDIENCES,
  SECTION_KINDS,
  type Audience,
  type DraftSection,
  type NewSection,
  type SectionFields,
  type SectionKind,
} from '../api/script.js';
import { languageName } from '../i18n/format.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/*
 * The editor's own words for a section's settings, in the app's language: they are the steward's controls, not the
 * script. The words printed with the script, in the script's language, are in script/labels.ts.
 */

export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'open':
      return msg('Open meetings only');
    case 'focused':
      return msg('Focused meetings only');
    default:
      return msg('Every meeting', { desc: 'A section of the script that every meeting reads' });
  }
}

export function kindLabel(kind: SectionKind): string {
  return kind === 'host-note' ? msg('Note for the host') : msg('Read aloud');
}

/** What the form tells its page: the page calls the API and hands back the outcome as properties. */
export class SectionSaveEvent extends Event {
  constructor(
    readonly key: string,
    readonly fields: SectionFields,
    readonly revision: number,
  ) {
    super('hrw-section-save', { bubbles: true, composed: true });
  }
}

export class SectionAddEvent extends Event {
  constructor(readonly section: NewSection) {
    super('hrw-section-add', { bubbles: true, composed: true });
  }
}

export class SectionRemoveEvent extends Event {
  constructor(
    readonly key: string,
    readonly revision: number,
  ) {
    super('hrw-section-remove', { bubbles: true, composed: true });
  }
}

export class SectionReloadEvent extends Event {
  constructor(readonly key: string) {
    super('hrw-section-reload', { bubbles: true, composed: true });
  }
}

/** How the last attempt went, as the page reports it. */
export interface SectionOutcome {
  kind: 'saved' | 'stale' | 'error';
  /** Shown for 'saved' and 'error'; a stale edit has its own fixed words. */
  message: string;
  /** Field name to message, from the server's validation problem. */
  fieldErrors?: Record<string, string>;
}

interface FormValues extends SectionFields {
  key: string;
  afterKey: string;
}

const EMPTY: FormValues = {
  key: '',
  title: '',
  audience: 'all',
  kind: 'read-aloud',
  minutes: 0,
  body: '',
  afterKey: '',
};

const FIELD_NAMES = ['key', 'title', 'audience', 'kind', 'minutes', 'body', 'afterKey'] as const;

function valuesOf(section: DraftSection | null): FormValues {
  return section ? { ...EMPTY, ...section, afterKey: '' } : { ...EMPTY };
}

function sameFields(a: SectionFields, b: SectionFields): boolean {
  return (
    a.title === b.title && a.audience === b.audience && a.kind === b.kind && a.minutes === b.minutes && a.body === b.body
  );
}

/**
 * The form for one section of a draft (or, with `mode="new"`, for a section to add). It keeps what the steward
 * types until they save; when the page hands it a newer copy of the section it takes that copy only if nothing is
 * typed, the copy is what was just saved, or the steward asked for it. It never overwrites anyone's text itself.
 */
export class HrwDraftSectionForm extends LitElement {
  static override properties = {
    mode: {},
    section: { attribute: false },
    sections: { attribute: false },
    language: {},
    busy: { type: Boolean },
    outcome: { attribute: false },
    values: { state: true },
    confirmingRemoval: { state: true },
    localErrors: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      form {
        margin: 0;
      }

      .pair {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--hrw-space-m);
      }

      .pair .field {
        flex: 1 1 12rem;
      }

      .unsaved {
        font-size: var(--hrw-text-s);
        font-weight: 600;
        color: var(--hrw-color-muted);
      }

      .danger {
        margin-top: var(--hrw-space-m);
        padding-top: var(--hrw-space-s);
        border-top: 1px solid var(--hrw-color-border);
      }
    `,
  ];

  declare mode: 'edit' | 'new';
  declare section: DraftSection | null;
  /** The sections of this language, for "put it after" when adding. */
  declare sections: readonly DraftSection[];
  declare language: string;
  declare busy: boolean;
  declare outcome: SectionOutcome | null;
  declare values: FormValues;
  declare confirmingRemoval: boolean;
  declare localErrors: Record<string, string>;

  /** Set when the steward asked for the stored copy, or saved: the next copy from the page replaces the form. */
  #takeNextCopy = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.mode = 'edit';
    this.section = null;
    this.sections = [];
    this.language = 'en';
    this.busy = false;
    this.outcome = null;
    this.values = { ...EMPTY };
    this.confirmingRemoval = false;
    this.localErrors = {};
  }

  get dirty(): boolean {
    if (this.mode === 'new') {
      return this.values.key !== '' || this.values.title !== '' || this.values.body !== '';
    }
    return this.section !== null && !sameFields(this.values, this.section);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('section') && this.mode === 'edit') {
      const previous = changed.get('section') as DraftSection | null | undefined;
      const current = this.section;
      const untouched = !previous || sameFields(this.values, previous);
      if (current && (this.#takeNextCopy || untouched || sameFields(this.values, current))) {
        this.values = valuesOf(current);
        this.#takeNextCopy = false;
        this.localErrors = {};
      }
    }
    if (changed.has('outcome') && this.outcome) {
      if (this.outcome.kind === 'saved' && this.mode === 'new') {
        this.values = { ...EMPTY, afterKey: this.values.afterKey };
      }
      if (this.outcome.kind !== 'saved') {
        // A refused save leaves the steward's text in place until they choose otherwise.
        this.#takeNextCopy = false;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('outcome') && this.outcome?.fieldErrors) {
      const first = FIELD_NAMES.find((name) => this.outcome?.fieldErrors?.[name]);
      if (first) {
        this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      }
    }
  }

  protected override render() {
    const v = this.values;
    const isNew = this.mode === 'new';
    const outcome = this.outcome;
    return html`
      <form novalidate @submit=${this.#submit} @input=${this.#input} @change=${this.#input}>
        ${outcome ? this.#renderOutcome(outcome) : nothing}
        ${isNew
          ? html`
              <div class="pair">
                ${this.#field(
                  'key',
                  msg('Key', { desc: 'The short fixed name of a section of the script, like closing-reading' }),
                  html`<input
                    id="key"
                    name="key"
                    .value=${v.key}
                    autocomplete="off"
                    spellcheck="false"
                    required
                    aria-describedby="key-hint ${this.#error('key') ? 'key-error' : ''}"
                    aria-invalid=${this.#error('key') ? 'true' : 'false'}
                  />`,
                  msg('Lower-case letters and digits joined by hyphens, e.g. closing-reading. The same in every language.'),
                )}
                ${this.#field(
                  'afterKey',
                  msg('Put it after'),
                  html`<select id="afterKey" name="afterKey" .value=${v.afterKey}>
                    <option value="" ?selected=${v.afterKey === ''}>${msg('At the very start')}</option>
                    ${this.sections.map(
                      (section) =>
                        html`<option value=${section.key} ?selected=${v.afterKey === section.key} lang=${this.language}>
                          ${section.title}
                        </option>`,
                    )}
                  </select>`,
                )}
              </div>
            `
          : nothing}
        ${this.#field(
          'title',
          msg('Title'),
          html`<input
            id="title"
            name="title"
            .value=${v.title}
            lang=${this.language}
            required
            maxlength="200"
            aria-describedby=${this.#error('title') ? 'title-error' : nothing}
            aria-invalid=${this.#error('title') ? 'true' : 'false'}
          />`,
        )}
        <div class="pair">
          ${this.#field(
            'audience',
            msg('Which meetings read it'),
            html`<select id="audience" name="audience" .value=${v.audience}>
              ${AUDIENCES.map(
                (audience) =>
                  html`<option value=${audience} ?selected=${v.audience === audience}>${audienceLabel(audience)}</option>`,
              )}
            </select>`,
          )}
          ${this.#field(
            'kind',
            msg('Kind'),
            html`<select id="kind" name="kind" .value=${v.kind}>
              ${SECTION_KINDS.map(
                (kind) => html`<option value=${kind} ?selected=${v.kind === kind}>${kindLabel(kind)}</option>`,
              )}
            </select>`,
          )}
          ${this.#field(
            'minutes',
            msg('Minutes'),
            html`<input
              id="minutes"
              name="minutes"
              type="number"
              inputmode="numeric"
              min="0"
              max="90"
              step="1"
              .value=${String(v.minutes)}
              aria-describedby="minutes-hint ${this.#error('minutes') ? 'minutes-error' : ''}"
              aria-invalid=${this.#error('minutes') ? 'true' : 'false'}
            />`,
            msg('0 for a note with no time of its own.'),
          )}
        </div>
        ${this.#field(
          'body',
          msg('Text (Markdown)'),
          html`<textarea
            id="body"
            name="body"
            .value=${v.body}
            lang=${this.language}
            rows="10"
            aria-describedby="body-hint ${this.#error('body') ? 'body-error' : ''}"
            aria-invalid=${this.#error('body') ? 'true' : 'false'}
          ></textarea>`,
          msg('Plain Markdown: *emphasis*, **strong**, lists, blank lines between paragraphs. No HTML.'),
        )}
        <div class="row">
          <button type="submit" ?disabled=${this.busy}>
            ${this.busy ? msg('Saving…') : isNew ? msg('Add this section') : msg('Save this section')}
          </button>
          ${!isNew && this.dirty ? html`<span class="unsaved">${msg('Not saved yet')}</span>` : nothing}
        </div>
        ${!isNew ? this.#renderRemoval() : nothing}
      </form>
    `;
  }

  #renderOutcome(outcome: SectionOutcome) {
    if (outcome.kind === 'saved') {
      return html`<div class="alert success" role="status"><p>${outcome.message}</p></div>`;
    }
    if (outcome.kind === 'stale') {
      return html`
        <div class="alert" role="alert">
          <p><strong>${msg('Someone else changed this section since you opened it.')}</strong></p>
          <p>
            ${msg(
              'Your text below is not saved. Copy anything you want to keep, then load their version and add your changes to it.',
            )}
          </p>
          <p><button type="button" class="secondary" @click=${this.#loadTheirs}>${msg('Load their version')}</button></p>
        </div>
      `;
    }
    return html`<div class="alert" role="alert"><p>${outcome.message}</p></div>`;
  }

  #renderRemoval() {
    if (!this.confirmingRemoval) {
      return html`<div class="danger">
        <button type="button" class="secondary" @click=${() => (this.confirmingRemoval = true)}>
          ${msg('Remove this section…')}
        </button>
      </div>`;
    }
    return html`
      <div class="danger" role="group" aria-labelledby="remove-question">
        <p id="remove-question">
          ${msg(str`Remove “${this.section?.title ?? ''}” from the ${languageName(this.language)} text of this draft?`)}
        </p>
        <div class="row">
          <button type="button" ?disabled=${this.busy} @click=${this.#remove}>${msg('Yes, remove it')}</button>
          <button type="button" class="secondary" @click=${() => (this.confirmingRemoval = false)}>${msg('Keep it')}</button>
        </div>
      </div>
    `;
  }

  #field(name: string, label: string, control: unknown, hint?: string) {
    const error = this.#error(name);
    return html`
      <div class="field">
        <label for=${name}>${label}</label>
        ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing} ${control}
        ${error ? html`<p class="field-error" id="${name}-error">${error}</p>` : nothing}
      </div>
    `;
  }

  #error(name: string): string | undefined {
    return this.localErrors[name] ?? this.outcome?.fieldErrors?.[name];
  }

  #input = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = control.name as keyof FormValues;
    if (!FIELD_NAMES.includes(name)) {
      return;
    }
    const value = name === 'minutes' ? Number(control.value === '' ? Number.NaN : control.value) : control.value;
    this.values = { ...this.values, [name]: value };
  };

  /** The checks the browser could make anyway, said in our words; the server checks everything again. */
  #check(): Record<string, string> {
    const errors: Record<string, string> = {};
    const v = this.values;
    if (this.mode === 'new' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.key)) {
      errors.key = msg('Use lower-case letters and digits joined by hyphens, like closing-reading.');
    }
    if (v.title.trim() === '') {
      errors.title = msg('Give the section a title.');
    }
    if (!Number.isInteger(v.minutes) || v.minutes < 0 || v.minutes > 90) {
      errors.minutes = msg('Enter a whole number of minutes from 0 to 90.');
    }
    return errors;
  }

  #submit = (event: Event): void => {
    event.preventDefault();
    if (this.busy) {
      return;
    }
    this.localErrors = this.#check();
    const first = FIELD_NAMES.find((name) => this.localErrors[name]);
    if (first) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
      return;
    }
    const v = this.values;
    const fields: SectionFields = { title: v.title, audience: v.audience, kind: v.kind, minutes: v.minutes, body: v.body };
    if (this.mode === 'new') {
      this.dispatchEvent(new SectionAddEvent({ key: v.key, ...fields, ...(v.afterKey ? { afterKey: v.afterKey } : {}) }));
    } else if (this.section) {
      this.#takeNextCopy = true;
      this.dispatchEvent(new SectionSaveEvent(this.section.key, fields, this.section.revision));
    }
  };

  #remove = (): void => {
    if (this.section && !this.busy) {
      this.dispatchEvent(new SectionRemoveEvent(this.section.key, this.section.revision));
    }
  };

  #loadTheirs = (): void => {
    if (this.section) {
      this.#takeNextCopy = true;
      this.dispatchEvent(new SectionReloadEvent(this.section.key));
    }
  };
}

customElements.define('hrw-draft-section-form', HrwDraftSectionForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-draft-section-form': HrwDraftSectionForm;
  }
}
