import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import type { GroupRef } from '../api/learnings.js';
import { ReplySubmitEvent, type ReplyAuthor } from '../learnings/events.js';
import { REPLY_LIMITS, learningMessage, stewardsName } from '../learnings/labels.js';
import { groupPlace } from '../lib/network-name.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/** Who may sign a new reply: the person's groups, and HRH413's stewards when they are one. */
export interface ReplyVoices {
  groups: readonly GroupRef[];
  stewards: boolean;
}

const STEWARDS_VALUE = '@stewards';

/**
 * The words of a reply, in Markdown: a new reply (given `voices`, it asks which group it comes from when there is a
 * choice) or an edit of one (no `voices`; starts from `body`). Asks with a {@link ReplySubmitEvent} that the page
 * answers; a new reply's words are cleared once it is posted, and kept when it fails. Cancel sends `hrw-cancel`.
 */
export class HrwReplyForm extends LitElement {
  static override properties = {
    voices: { attribute: false },
    body: {},
    submitLabel: { attribute: 'submit-label' },
    cancellable: { type: Boolean },
    text: { state: true },
    voice: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      p {
        margin: 0 0 var(--hrw-space-s);
      }

      .row {
        margin-bottom: 0;
      }
    `,
  ];

  declare voices: ReplyVoices | null;
  declare body: string;
  /** The submit button's words; "Post the reply" when none are given. */
  declare submitLabel: string;
  declare cancellable: boolean;
  declare text: string;
  declare voice: string;
  declare error: string | null;
  declare busy: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.voices = null;
    this.body = '';
    this.submitLabel = '';
    this.cancellable = false;
    this.text = '';
    this.voice = '';
    this.error = null;
    this.busy = false;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('body')) {
      this.text = this.body;
    }
    const choices = this.#choices();
    if (!choices.some((choice) => choice.value === this.voice)) {
      this.voice = choices[0]?.value ?? '';
    }
  }

  protected override render() {
    const choices = this.#choices();
    const described = this.error ? 'reply-hint reply-error' : 'reply-hint';
    return html`<form @submit=${this.#submit} novalidate>
      ${choices.length > 1
        ? html`<div class="field">
            <label for="reply-voice">${msg('Reply as')}</label>
            <select id="reply-voice" @change=${(event: Event) => (this.voice = (event.target as HTMLSelectElement).value)}>
              ${choices.map(
                (choice) => html`<option value=${choice.value} .selected=${choice.value === this.voice}>${choice.option}</option>`,
              )}
            </select>
          </div>`
        : nothing}
      ${choices.length === 1 ? html`<p>${msg(html`Replying as <strong>${choices[0]?.label}</strong>.`)}</p>` : nothing}
      <div class="field">
        <label for="reply-body">${this.voices ? msg('Your reply') : msg('The reply')}</label>
        <p class="hint" id="reply-hint">
          ${msg('Put **two stars** around words for bold, *one star* for italic, and start a line with “- ” for a list. It appears under your group’s name, never yours.')}
        </p>
        <textarea
          id="reply-body"
          maxlength=${REPLY_LIMITS.max}
          aria-describedby=${described}
          aria-invalid=${this.error ? 'true' : 'false'}
          .value=${this.text}
          @input=${(event: Event) => (this.text = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.error ? html`<p class="field-error" id="reply-error" role="alert">${this.error}</p>` : nothing}
      </div>
      <p class="row">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Sending…') : this.submitLabel || msg('Post the reply')}</button>
        ${this.cancellable
          ? html`<button type="button" class="secondary" @click=${this.#cancel}>${msg('Cancel')}</button>`
          : nothing}
      </p>
    </form>`;
  }

  /** `option` is what the select shows: a group's place only, since every group's name starts the same way. */
  #choices(): { value: string; label: string; option: string }[] {
    if (!this.voices) {
      return [];
    }
    return [
      ...this.voices.groups.map((group) => ({ value: group.slug, label: group.name, option: groupPlace(group.name) })),
      ...(this.voices.stewards ? [{ value: STEWARDS_VALUE, label: stewardsName(), option: stewardsName() }] : []),
    ];
  }

  #author(): ReplyAuthor | null {
    if (!this.voices) {
      return null;
    }
    return this.voice === STEWARDS_VALUE ? { asStewards: true } : { groupSlug: this.voice };
  }

  #cancel = (): void => {
    this.dispatchEvent(new Event('hrw-cancel', { bubbles: true, composed: true }));
  };

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) {
      return;
    }
    const body = this.text.trim();
    if (!body) {
      this.error = msg('Write a few words first.');
      this.renderRoot.querySelector<HTMLTextAreaElement>('#reply-body')?.focus();
      return;
    }
    if (this.voices && this.#choices().length === 0) {
      return;
    }
    this.error = null;
    const submit = new ReplySubmitEvent(body, this.#author());
    this.dispatchEvent(submit);
    this.busy = true;
    try {
      await submit.outcome;
      if (this.voices) {
        this.text = '';
      }
    } catch (error) {
      this.error = learningMessage(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#reply-body')?.focus();
    } finally {
      this.busy = false;
    }
  };
}

customElements.define('hrw-reply-form', HrwReplyForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-reply-form': HrwReplyForm;
  }
}
