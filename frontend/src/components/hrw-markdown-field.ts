import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { previewMarkdown } from '../api/learnings.js';
import { plainMessage } from '../api/messages.js';
import { bodyStyles } from '../learnings/body-styles.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/** The text in the box changed. */
export class MarkdownInputEvent extends Event {
  constructor(readonly value: string) {
    super('hrw-markdown-input', { bubbles: true, composed: true });
  }
}

/**
 * A Markdown box with a "Preview" toggle. The preview is the server's own rendering (the same code that renders
 * the post), asked for only when the toggle is pressed, so what people see is what others will see. Announces
 * each change of text with `hrw-markdown-input`.
 */
export class HrwMarkdownField extends LitElement {
  static override properties = {
    label: {},
    hint: {},
    value: {},
    error: {},
    maxlength: { type: Number },
    previewing: { state: true },
    previewHtml: { state: true },
    previewError: { state: true },
  };

  static override styles = [
    interactiveStyles,
    formStyles,
    bodyStyles,
    css`
      :host {
        display: block;
      }

      textarea[hidden] {
        display: none;
      }

      .tools {
        margin: var(--hrw-space-xs) 0 0;
      }

      .tools .hint {
        flex: 1 1 16rem;
        margin: 0;
      }

      button[aria-pressed='true'] {
        background: var(--hrw-color-accent);
        color: var(--hrw-color-on-accent);
      }

      /* A mark that does not rely on colour; its empty alternative keeps the button's name "Preview". */
      button[aria-pressed='true']::before {
        content: '✓ ' / '';
      }

      .preview {
        min-height: 10rem;
        margin: 0;
        padding: 0.55rem 0.7rem;
        border: 2px dashed var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The box's label; "Text" when none is given. */
  declare label: string;
  declare hint: string;
  declare value: string;
  declare error: string | undefined;
  declare maxlength: number | undefined;
  declare previewing: boolean;
  declare previewHtml: string | null;
  declare previewError: string | null;

  /** Only the answer to the latest request is shown. */
  #request = 0;
  /** The text as last typed into the box. */
  #typed = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.label = '';
    this.hint = '';
    this.value = '';
    this.error = undefined;
    this.maxlength = undefined;
    this.previewing = false;
    this.previewHtml = null;
    this.previewError = null;
  }

  /** The page focuses this element when the server objects to the text: back to writing, in the box. */
  override focus(options?: FocusOptions): void {
    void this.#write(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A value that was not typed here comes from the page (someone else's version, loaded after a conflict): the
    // old preview would mislead.
    if (changed.has('value') && this.previewing && this.value !== this.#typed) {
      this.#request++;
      this.previewing = false;
    }
  }

  protected override render() {
    const described = [this.hint ? 'markdown-hint' : '', 'markdown-help', this.error ? 'markdown-error' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <div class="field">
        <label for="markdown">${this.label || msg('Text')}</label>
        ${this.hint ? html`<p class="hint" id="markdown-hint">${this.hint}</p>` : nothing}
        <textarea
          id="markdown"
          ?hidden=${this.previewing}
          maxlength=${this.maxlength ?? nothing}
          aria-describedby=${described}
          aria-invalid=${this.error ? 'true' : 'false'}
          .value=${live(this.value)}
          @input=${this.#onInput}
        ></textarea>
        ${this.previewing ? this.#renderPreview() : nothing}
        <div class="row tools">
          <button type="button" class="secondary" aria-pressed=${this.previewing ? 'true' : 'false'} @click=${this.#toggle}>
            ${msg('Preview')}
          </button>
          <p class="hint" id="markdown-help">
            ${msg(
              'To make words stand out, put **two stars** around them for bold or *one star* for italic. Start a line with “- ” for a list. For a link, write [the words](https://…) with the web address in the round brackets. Preview shows how it will look.',
            )}
          </p>
        </div>
        ${this.error ? html`<p class="field-error" id="markdown-error">${this.error}</p>` : nothing}
      </div>
    `;
  }

  #renderPreview() {
    if (this.previewError) {
      return html`<div class="alert" role="alert">
        <p>${msg(str`The preview did not load. ${this.previewError}`)}</p>
        <p><button type="button" class="secondary" @click=${() => void this.#loadPreview()}>${msg('Try again')}</button></p>
      </div>`;
    }
    if (this.previewHtml === null) {
      return html`<p class="preview" role="status">${msg('Getting the preview…')}</p>`;
    }
    if (this.previewHtml.trim() === '') {
      return html`<p class="preview" role="status">${msg('Nothing to preview yet.')}</p>`;
    }
    // The server rendered this from Markdown and sanitised it (no raw HTML; links get rel="nofollow noopener
    // noreferrer"), exactly as it renders the published post. It is the only unescaped HTML this element shows.
    return html`<section class="preview body" aria-label=${msg('Preview')}>${unsafeHTML(this.previewHtml)}</section>`;
  }

  #onInput = (event: Event): void => {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.#typed = this.value;
    this.dispatchEvent(new MarkdownInputEvent(this.value));
  };

  #toggle = (): void => {
    if (this.previewing) {
      void this.#write();
    } else {
      this.previewing = true;
      void this.#loadPreview();
    }
  };

  async #write(options?: FocusOptions): Promise<void> {
    this.#request++;
    this.previewing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#markdown')?.focus(options);
  }

  async #loadPreview(): Promise<void> {
    const request = ++this.#request;
    this.previewHtml = null;
    this.previewError = null;
    if (this.value.trim() === '') {
      this.previewHtml = '';
      return;
    }
    try {
      const { html: rendered } = await previewMarkdown(this.value);
      if (request === this.#request) {
        this.previewHtml = rendered;
      }
    } catch (error) {
      if (request === this.#request) {
        this.previewError = plainMessage(error);
      }
    }
  }
}

customElements.define('hrw-markdown-field', HrwMarkdownField);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-markdown-field': HrwMarkdownField;
  }
  interface HTMLElementEventMap {
    'hrw-markdown-input': MarkdownInputEvent;
  }
}
