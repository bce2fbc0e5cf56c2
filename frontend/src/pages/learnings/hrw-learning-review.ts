import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { fetchModerationQueue, learningPath, learningsPath, moderate, type ModerationItem } from '../../api/learnings.js';
import { plainMessage } from '../../api/messages.js';
import '../../components/hrw-moderation-decision.js';
import type { ModerateEvent } from '../../components/hrw-moderation-decision.js';
import { bodyStyles } from '../../learnings/body-styles.js';
import { formatNumber } from '../../i18n/format.js';
import { FLAGS_TO_HIDE, STEWARD_QUESTIONS_PATH, dateInWords, statusLabel, stewardsName } from '../../learnings/labels.js';
import { PagedListController } from '../../lib/paged-list-controller.js';
import { StewardAccess } from '../../lib/steward-access.js';
import { badgeStyles, formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

/** A post and a reply can share a number, so the key names which it is. */
function keyOf(item: ModerationItem): string {
  return item.replyId === null ? `post-${item.postId}` : `reply-${item.replyId}`;
}

/** “Which clinics to avoid”, or the reply to “Naloxone at every meeting”: said after a button's words. */
function nameOf(item: ModerationItem): string {
  return item.type === 'post' ? `“${item.title}”` : msg(str`the reply to “${item.title}”`);
}

/** The same at the start of a sentence: “Which clinics to avoid”, The reply to “Naloxone at every meeting”. */
function NameOf(item: ModerationItem): string {
  return item.type === 'post' ? `“${item.title}”` : msg(str`The reply to “${item.title}”`);
}

/**
 * How many groups flagged it, never which. Anyone signed in may flag, but only flags from groups count towards
 * hiding it: a flag from someone who hosts no group is said apart, not as "no open flags".
 */
export function flaggingInWords(item: Pick<ModerationItem, 'flaggingGroups' | 'flags' | 'status'>): string {
  const groups = item.flaggingGroups;
  const flags = item.flags.length;
  if (groups === 0) {
    if (flags === 0) {
      return msg('No open flags');
    }
    return flags === 1
      ? msg('1 open flag from people who host no group (these do not hide it)')
      : msg(str`${formatNumber(flags)} open flags from people who host no group (these do not hide it)`);
  }
  if (item.status === 'hidden' && groups >= FLAGS_TO_HIDE) {
    // FLAGS_TO_HIDE is more than one, so this is always said of several groups.
    return msg(str`Flagged by ${formatNumber(groups)} groups, so it is hidden until a steward decides`);
  }
  return groups === 1 ? msg('Flagged by 1 group') : msg(str`Flagged by ${formatNumber(groups)} groups`);
}

/**
 * "/learnings/review": stewards look at posts and replies that groups flagged, or that are hidden, and hide or
 * restore each with a reason. Flags show what people said, never who said it. Most flagged first.
 */
export class HrwLearningReview extends LitElement {
  static override properties = {
    busy: { state: true },
    notice: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    badgeStyles,
    bodyStyles,
    css`
      .queue {
        padding: 0;
        list-style: none;
      }

      .queue > li {
        border-top: 1px solid var(--hrw-color-border);
        padding-bottom: var(--hrw-space-m);
      }

      .queue > li + li {
        margin-top: 0;
      }

      h2 {
        margin-top: var(--hrw-space-m);
        overflow-wrap: anywhere;
      }

      blockquote {
        margin: 0 0 var(--hrw-space-m);
        padding-left: var(--hrw-space-s);
        border-left: 4px solid var(--hrw-color-border);
        overflow-wrap: anywhere;
      }

      .flags {
        padding-left: 1.25rem;
      }

      .when {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
      }
    `,
  ];

  readonly #access = new StewardAccess(this, () => void this.#queue.loadFirst());
  /** The key of the item being decided on. */
  declare busy: string | null;
  declare notice: string | null;

  readonly #queue = new PagedListController<ModerationItem>(this, {
    fetchPage: (page, signal) => fetchModerationQueue(page, signal),
    key: keyOf,
    // Restored items leave the server's queue, so the next page starts at or before the first one not shown.
    paging: 'queue',
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.busy = null;
    this.notice = null;
  }

  protected override render() {
    return html`<h1>${msg('Posts to review')}</h1>
      ${this.#renderBody()}`;
  }

  #renderBody() {
    const forOthers = this.#access.renderForOthers({
      about: html`<p class="lead">
        ${msg('When groups flag a post or a reply, stewards look at it here and decide whether it stays up.')}
      </p>`,
      nothingHere: msg('there is nothing to review here'),
      elsewhere: msg(html`Everyone can <a href=${learningsPath()}>read what groups have shared</a>.`),
    });
    if (forOthers) {
      return forOthers;
    }
    const { items, loading, error } = this.#queue;
    return html`
      <p class="lead">
        ${msg(
          'Posts and replies that groups flagged, or that are hidden, most flagged first. Every decision needs a reason; hiding one clears its flags and tells the hosts of its group why.',
        )}
      </p>
      <p>${msg(html`Questions asked to HRH413 are in <a href=${STEWARD_QUESTIONS_PATH}>questions for the stewards</a>.`)}</p>
      <div role="status" class="status" tabindex="-1">
        ${this.notice ? html`<div class="alert success"><p>${this.notice}</p></div>` : nothing}
      </div>
      ${error
        ? html`<div class="alert" role="alert" tabindex="-1">
            <p>${error}</p>
            <p>
              <button type="button" class="secondary" @click=${() => void this.#queue.loadMore()}>${msg('Try again')}</button>
            </p>
          </div>`
        : nothing}
      ${loading && items.length === 0 ? html`<p role="status">${msg('Loading what was flagged…')}</p>` : nothing}
      ${!loading && !error && items.length === 0
        ? html`<p>${msg('Nothing is flagged or hidden. Thank you for keeping an eye on things.')}</p>`
        : nothing}
      ${items.length > 0 ? html`<ol class="queue">${items.map((item) => this.#renderItem(item))}</ol>` : nothing}
      ${this.#queue.hasMore
        ? html`<button type="button" class="secondary" @click=${() => void this.#queue.loadMore()}>${msg('Show more')}</button>`
        : nothing}
    `;
  }

  #renderItem(item: ModerationItem) {
    const key = keyOf(item);
    const what =
      item.type === 'post'
        ? msg('Post', { id: 'learning-review-badge-post', desc: 'A badge: this item is a post' })
        : msg('Reply', { id: 'learning-review-badge-reply', desc: 'A badge: this item is a reply (a noun)' });
    const heading = item.type === 'post' ? item.title : msg(str`Reply to “${item.title}”`);
    return html`<li>
      <h2>${heading}</h2>
      <ul class="badges">
        <li>${what}</li>
        <li class=${item.status === 'visible' ? '' : 'quiet'}>${statusLabel(item.status)}</li>
      </ul>
      <p>${msg(str`From ${item.group?.name ?? stewardsName()}`)}</p>
      ${
        // Rendered and sanitised by the server (no raw HTML, safe links), as on the post page.
        item.bodyHtml ? html`<blockquote class="body">${unsafeHTML(item.bodyHtml)}</blockquote>` : nothing
      }
      <p><strong>${flaggingInWords(item)}.</strong></p>
      ${item.flags.length > 0
        ? html`<h3>${msg('What people said')}</h3>
            <ul class="flags">
              ${item.flags.map(
                (flag) => html`<li>${flag.reason} <span class="when">(${dateInWords(flag.createdAt)})</span></li>`,
              )}
            </ul>`
        : nothing}
      ${item.hiddenReason ? html`<p>${msg(str`Hidden because: ${item.hiddenReason}`)}</p>` : nothing}
      <p>
        <a href=${learningPath(item.postId)}
          >${item.type === 'post' ? msg('Read the post') : msg('Read the reply in its post')}<span class="visually-hidden">
            ${nameOf(item)}</span
          ></a
        >
      </p>
      <hrw-moderation-decision
        item-name=${nameOf(item)}
        .status=${item.status}
        ?busy=${this.busy === key}
        @hrw-moderate=${(event: ModerateEvent) => void this.#moderate(item, event)}
      ></hrw-moderation-decision>
    </li>`;
  }

  async #moderate(item: ModerationItem, event: ModerateEvent): Promise<void> {
    const key = keyOf(item);
    const name = NameOf(item);
    this.busy = key;
    this.#queue.showError(null);
    this.notice = null;
    try {
      await moderate(event.action, item.postId, item.replyId, event.reason);
      if (event.action === 'restore') {
        // Visible with no open flags: it has left the queue.
        this.#queue.remove(key);
        this.notice = msg(str`${name} is visible, and its flags are cleared.`);
      } else {
        // Hidden items stay in the queue, so a steward can restore one later.
        this.#queue.change(key, (other) => ({ ...other, status: 'hidden', flags: [], flaggingGroups: 0, hiddenReason: event.reason }));
        this.notice = msg(str`${name} is hidden. The hosts of its group can see why.`);
      }
    } catch (error) {
      this.#queue.showError(`${name}: ${plainMessage(error)}`);
    } finally {
      this.busy = null;
    }
    await this.updateComplete;
    // The buttons just pressed are gone; the message saying what happened is the next place to be.
    this.renderRoot.querySelector<HTMLElement>(this.#queue.error ? '.alert[role="alert"]' : '.status')?.focus();
  }
}

customElements.define('hrw-learning-review', HrwLearningReview);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-learning-review': HrwLearningReview;
  }
}
