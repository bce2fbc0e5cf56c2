import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { groupPath } from '../api/groups.js';
import type { Reply } from '../api/learnings.js';
import { MarkHelpfulEvent, ReplyDeleteEvent } from '../learnings/events.js';
import { bodyStyles } from '../learnings/body-styles.js';
import { dateInWords, learningMessage, stewardsName } from '../learnings/labels.js';
import { badgeStyles, formStyles, interactiveStyles } from '../styles/shared.js';
import './hrw-flag-form.js';
import './hrw-reply-form.js';
import { keepNetworkNameTogether, networkNameStyles } from '../lib/network-name.js';

/** Who a reply is from, in words: its group's name or HRH413's stewards; never a person. */
export function replyAuthorName(reply: Reply): string {
  return reply.group?.name ?? stewardsName();
}

/**
 * One reply to a post: which group (or HRH413's stewards) wrote it, when, its words, and what the viewer may do with
 * it. Asks for changes with events the page answers: `hrw-reply-submit` (an edit), {@link ReplyDeleteEvent},
 * {@link MarkHelpfulEvent} and `hrw-flag`. A new revision of the reply ends its editing.
 */
export class HrwReplyItem extends LitElement {
  static override properties = {
    reply: { attribute: false },
    canMarkHelpful: { type: Boolean, attribute: 'can-mark-helpful' },
    canFlag: { type: Boolean, attribute: 'can-flag' },
    askingGroup: { attribute: 'asking-group' },
    editing: { state: true },
    confirmingDelete: { state: true },
    busy: { state: true },
    error: { state: true },
  };

  static override styles = [
    networkNameStyles,
    interactiveStyles,
    formStyles,
    badgeStyles,
    bodyStyles,
    css`
      :host {
        display: block;
      }

      article {
        padding: var(--hrw-space-m);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
      }

      article.helpful {
        border: 3px solid var(--hrw-color-accent);
        background: var(--hrw-color-accent-soft);
      }

      article.stewards {
        border-left: 6px solid var(--hrw-color-accent);
      }

      article.hidden,
      article.deleted {
        border-style: dashed;
      }

      h3 {
        margin: 0 0 0.2rem;
        font-size: var(--hrw-text-m);
        line-height: 1.3;
      }

      h3:focus {
        outline: none;
      }

      p {
        margin: 0 0 var(--hrw-space-s);
      }

      .meta {
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      .helpful-note {
        font-weight: 700;
      }

      .actions {
        margin: var(--hrw-space-s) 0 0;
      }

      button[aria-pressed='true']::before {
        content: '✓ ';
      }

      hrw-flag-form {
        margin-top: var(--hrw-space-s);
      }
    `,
  ];

  declare reply: Reply | null;
  declare canMarkHelpful: boolean;
  declare canFlag: boolean;
  /** The asking group's name, for the reply marked as the one that helped. */
  declare askingGroup: string;
  declare editing: boolean;
  declare confirmingDelete: boolean;
  declare busy: boolean;
  declare error: string | null;

  #refocus: string | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.reply = null;
    this.canMarkHelpful = false;
    this.canFlag = false;
    this.askingGroup = '';
    this.editing = false;
    this.confirmingDelete = false;
    this.busy = false;
    this.error = null;
  }

  /** Puts keyboard focus on the reply's heading, after the page adds it. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('reply');
    if (this.editing && before && this.reply && before.revision !== this.reply.revision) {
      this.editing = false;
      this.#refocus = '.edit';
    }
  }

  protected override updated(): void {
    if (this.#refocus) {
      this.renderRoot.querySelector<HTMLElement>(this.#refocus)?.focus();
      this.#refocus = null;
    }
  }

  protected override render() {
    const reply = this.reply;
    if (!reply) {
      return nothing;
    }
    // The server renders bodyHtml from Markdown and sanitises it (no raw HTML, safe links): the one place this
    // element trusts HTML.
    const body = unsafeHTML(reply.bodyHtml);
    const when = html`<time datetime=${reply.createdAt}>${dateInWords(reply.createdAt)}</time>`;
    const classes = [reply.helpful ? 'helpful' : '', reply.fromStewards ? 'stewards' : '', reply.status]
      .filter(Boolean)
      .join(' ');
    return html`
      <article class=${classes} aria-labelledby="from">
        ${reply.helpful
          ? html`<p class="helpful-note">
              ✓ ${this.askingGroup ? msg(str`The reply that helped ${this.askingGroup}`) : msg('The reply that helped the asking group')}
            </p>`
          : nothing}
        <h3 id="from" tabindex="-1">
          ${reply.group ? html`<a href=${groupPath(reply.group.slug)}>${keepNetworkNameTogether(reply.group.name)}</a>` : stewardsName()}
        </h3>
        <p class="meta">
          ${reply.editedAt
            ? msg(html`${when}, <span>edited</span>`, { desc: 'The day a reply was posted, and that it was changed since' })
            : when}
        </p>
        ${this.#renderStatus(reply)}
        ${this.editing
          ? html`<hrw-reply-form
              .body=${reply.body}
              submit-label=${msg('Save the change')}
              cancellable
              @hrw-cancel=${this.#stopEditing}
            ></hrw-reply-form>`
          : html`<div class="body">${body}</div>`}
        ${this.editing ? nothing : this.#renderActions(reply)}
      </article>
    `;
  }

  #renderStatus(reply: Reply) {
    if (reply.status === 'visible') {
      return nothing;
    }
    const why = reply.hiddenReason ? html`<p>${msg(str`Why: ${reply.hiddenReason}`)}</p>` : nothing;
    return html`<div class="alert">
      <p>
        ${reply.status === 'hidden'
          ? msg(html`<strong>This reply is hidden.</strong> Only stewards and the hosts of the replying group can see it.`)
          : msg(html`<strong>Its group deleted this reply.</strong> Only stewards can see it.`)}
      </p>
      ${why}
    </div>`;
  }

  #renderActions(reply: Reply) {
    const author = replyAuthorName(reply);
    const visible = reply.status === 'visible';
    const editable = reply.canEdit && reply.status !== 'deleted';
    return html`
      ${this.error ? html`<div class="alert" role="alert"><p>${this.error}</p></div>` : nothing}
      ${this.confirmingDelete
        ? html`<div class="alert confirm">
            <p id="confirm-delete" tabindex="-1">${msg('Delete this reply? Only the stewards will still see it.')}</p>
            <p class="row">
              <button type="button" ?disabled=${this.busy} @click=${this.#delete}>
                ${msg(html`Delete<span class="visually-hidden"> the reply from ${author}</span>`)}
              </button>
              <button type="button" class="secondary" @click=${this.#keep}>${msg('Keep it')}</button>
            </p>
          </div>`
        : nothing}
      <p class="row actions">
        ${this.canMarkHelpful && visible
          ? html`<button
              type="button"
              class="secondary mark"
              aria-pressed=${reply.helpful ? 'true' : 'false'}
              @click=${this.#toggleHelpful}
            >
              ${msg('This is the reply that helped')}
            </button>`
          : nothing}
        ${editable && !this.confirmingDelete
          ? html`<button type="button" class="secondary edit" @click=${this.#startEditing}>
                ${msg(html`Edit<span class="visually-hidden"> the reply from ${author}</span>`)}
              </button>
              <button type="button" class="secondary delete" @click=${this.#confirmDelete}>
                ${msg(html`Delete<span class="visually-hidden"> the reply from ${author}</span>…`)}
              </button>`
          : nothing}
      </p>
      ${this.canFlag && visible && !reply.canEdit ? html`<hrw-flag-form what="reply"></hrw-flag-form>` : nothing}
    `;
  }

  #startEditing = async (): Promise<void> => {
    this.editing = true;
    this.error = null;
    await this.updateComplete;
    const form = this.renderRoot.querySelector('hrw-reply-form');
    await form?.updateComplete;
    form?.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  };

  #stopEditing = (): void => {
    this.editing = false;
    this.#refocus = '.edit';
  };

  #confirmDelete = (): void => {
    this.confirmingDelete = true;
    this.error = null;
    this.#refocus = '#confirm-delete';
  };

  #keep = (): void => {
    this.confirmingDelete = false;
    this.#refocus = '.delete';
  };

  #delete = async (): Promise<void> => {
    await this.#ask(new ReplyDeleteEvent());
    if (!this.error) {
      this.confirmingDelete = false;
    }
  };

  /** Not disabled while it is sent: a disabled button would drop the keyboard focus. */
  #toggleHelpful = (): void => {
    if (this.busy) {
      return;
    }
    void this.#ask(new MarkHelpfulEvent(!this.reply?.helpful));
  };

  async #ask(event: ReplyDeleteEvent | MarkHelpfulEvent): Promise<void> {
    this.error = null;
    this.dispatchEvent(event);
    this.busy = true;
    try {
      await event.outcome;
    } catch (error) {
      this.error = learningMessage(error);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('hrw-reply-item', HrwReplyItem);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-reply-item': HrwReplyItem;
  }
}
