import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatList } from '../i18n/format.js';
import { LIMITS, addTopics } from '../learnings/learning-form.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/** The topics changed: one added or removed. */
export class TopicsChangeEvent extends Event {
  constructor(readonly topics: string[]) {
    super('hrw-topics-change', { bubbles: true, composed: true });
  }
}

/**
 * Topics as removable chips, typed into one box: a comma or Enter adds what was typed, and leaving the box adds it
 * too, so nothing typed is lost on the way to the submit button. What is typed is tidied into the form the server
 * wants ("Finding a venue" becomes "finding-a-venue"). Announces each change with `hrw-topics-change`.
 */
export class HrwTopicInput extends LitElement {
  static override properties = {
    topics: { attribute: false },
    error: {},
    text: { state: true },
    note: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    css`
      :host {
        display: block;
      }

      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-xs);
        margin: 0 0 var(--hrw-space-xs);
        padding: 0;
        list-style: none;
      }

      .chips li {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
        margin: 0;
        padding-left: 0.7rem;
        border: 1px solid var(--hrw-color-accent);
        border-radius: 999px;
        font-weight: 600;
        overflow-wrap: anywhere;
      }

      .chips button {
        min-height: 2.75rem;
        min-width: 2.75rem;
        padding: 0 0.6rem;
        border: 0;
        border-radius: 999px;
        background: transparent;
        color: var(--hrw-color-accent);
      }

      .chips button:hover {
        background: var(--hrw-color-accent-soft);
        color: var(--hrw-color-accent-strong);
      }

      .note {
        margin: 0.35rem 0 0;
        font-size: var(--hrw-text-s);
      }
    `,
  ];

  declare topics: readonly string[];
  declare error: string | undefined;
  /** What is in the box and not yet a topic. */
  declare text: string;
  /** Why something typed did not become a topic. */
  declare note: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.topics = [];
    this.error = undefined;
    this.text = '';
    this.note = '';
  }

  /** The page focuses this element when the server objects to a topic: the box is the place to fix it. */
  override focus(options?: FocusOptions): void {
    this.#box()?.focus(options);
  }

  protected override render() {
    const full = this.topics.length >= LIMITS.topicsMax;
    const note = this.note || (full ? msg(str`That is ${LIMITS.topicsMax} topics, the most a post can have.`) : '');
    const described = ['topic-entry-hint', note ? 'topic-entry-note' : '', this.error ? 'topic-entry-error' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <div class="field">
        <label for="topic-entry">${msg('Topics (optional)')}</label>
        <p class="hint" id="topic-entry-hint">
          ${msg(
            str`A few words other groups might look for, like naloxone or finding-a-venue. Press Enter or type a comma after each one; up to ${LIMITS.topicsMax}.`,
          )}
        </p>
        ${this.topics.length > 0
          ? html`<ul class="chips" aria-label=${msg('Topics chosen')}>
              ${this.topics.map(
                (topic) => html`<li>
                  <span class="topic">${topic}</span><button type="button" @click=${() => void this.#remove(topic)}>
                    <span aria-hidden="true">✕</span><span class="visually-hidden">${msg(str`Remove topic ${topic}`)}</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
        <input
          id="topic-entry"
          type="text"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          enterkeyhint="enter"
          maxlength="200"
          aria-describedby=${described}
          aria-invalid=${this.error ? 'true' : 'false'}
          .value=${live(this.text)}
          @input=${this.#onInput}
          @keydown=${this.#onKey}
          @blur=${() => this.#commit(this.text)}
        />
        <p class="note" id="topic-entry-note" role="status">${note}</p>
        ${this.error ? html`<p class="field-error" id="topic-entry-error">${this.error}</p>` : nothing}
      </div>
    `;
  }

  #box(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#topic-entry');
  }

  #onInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    const comma = value.lastIndexOf(',');
    if (comma < 0) {
      this.text = value;
      return;
    }
    // Everything before the last comma is finished; what follows it is still being typed.
    this.text = value.slice(comma + 1).trimStart();
    this.#commit(value.slice(0, comma), this.text);
  };

  #onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.isComposing) {
      // Enter adds the topic; it must not send the whole form.
      event.preventDefault();
      this.#commit(this.text);
    }
  };

  /** Turns `typed` into topics; `rest` stays in the box. Keeps in the box whatever could not be added. */
  #commit(typed: string, rest = ''): void {
    if (typed.trim() === '') {
      this.note = '';
      return;
    }
    const { topics, unusable, overLimit } = addTopics(this.topics, typed);
    const left = [...unusable, ...overLimit];
    this.text = [...left, rest].filter(Boolean).join(', ');
    if (unusable.length > 0) {
      const typed = quotedList(unusable);
      this.note =
        unusable.length === 1
          ? msg(str`A topic needs ${LIMITS.topicMin} to ${LIMITS.topicMax} letters or numbers, so ${typed} is still in the box.`)
          : msg(str`A topic needs ${LIMITS.topicMin} to ${LIMITS.topicMax} letters or numbers, so ${typed} are still in the box.`);
    } else if (overLimit.length > 0) {
      this.note = msg(str`A post can have ${LIMITS.topicsMax} topics. Remove one to add ${quotedList(overLimit)}.`);
    } else {
      this.note = '';
    }
    if (topics.length !== this.topics.length) {
      this.topics = topics;
      this.dispatchEvent(new TopicsChangeEvent(topics));
    }
  }

  async #remove(topic: string): Promise<void> {
    this.topics = this.topics.filter((item) => item !== topic);
    this.note = msg(str`Removed “${topic}”.`);
    this.dispatchEvent(new TopicsChangeEvent([...this.topics]));
    await this.updateComplete;
    // The chip and its button are gone; the box is the next sensible place to be.
    this.#box()?.focus();
  }
}

/** “a”, “b” and “c”, in the language shown. */
function quotedList(items: readonly string[]): string {
  return formatList(items.map((item) => `“${item}”`));
}

customElements.define('hrw-topic-input', HrwTopicInput);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-topic-input': HrwTopicInput;
  }
  interface HTMLElementEventMap {
    'hrw-topics-change': TopicsChangeEvent;
  }
}
