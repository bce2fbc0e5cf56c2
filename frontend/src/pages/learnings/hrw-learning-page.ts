import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ApiError } from '../../api/client.js';
import { exercisePath } from '../../api/exercises.js';
import { groupPath } from '../../api/groups.js';
import {
  deleteLearning,
  deleteReply,
  fetchLearning,
  flagLearning,
  flagReply,
  learningsPath,
  markHelped,
  markHelpfulReply,
  reply as postReply,
  unmarkHelped,
  updateReply,
  type Learning,
  type ModerationRecord,
  type Reply,
} from '../../api/learnings.js';
import { plainMessage } from '../../api/messages.js';
import { session } from '../../auth/session.js';
import '../../components/hrw-flag-form.js';
import '../../components/hrw-helped-control.js';
import '../../components/hrw-reply-form.js';
import '../../components/hrw-reply-item.js';
import { replyAuthorName, type HrwReplyItem } from '../../components/hrw-reply-item.js';
import { learningBadges } from '../../learnings/badges.js';
import { bodyStyles } from '../../learnings/body-styles.js';
import type { FlagEvent, HelpedEvent, MarkHelpfulEvent, ReplyDeleteEvent, ReplySubmitEvent } from '../../learnings/events.js';
import {
  REVIEW_LEARNINGS_PATH,
  dateInWords,
  editLearningPath,
  learningIdFromPath,
  learningMessage,
  topicLabel,
  visibilityHint,
} from '../../learnings/labels.js';
import { AccountController } from '../../lib/account-controller.js';
import { badgeStyles, formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';
import { keepNetworkNameTogether, networkNameStyles } from '../../lib/network-name.js';

/**
 * "/learnings/{id}": one shared learning with its replies. Signed-in hosts can say it helped their group, reply on a
 * group's behalf and flag what should not be there; the asking group's hosts mark the reply that helped; the posting
 * group's hosts edit or delete. Network-only posts answer 404 to people who are not signed in.
 */
export class HrwLearningPage extends LitElement {
  static override properties = {
    learning: { state: true },
    loading: { state: true },
    error: { state: true },
    missing: { state: true },
    deleted: { state: true },
    confirmingDelete: { state: true },
    busy: { state: true },
    postError: { state: true },
    notice: { state: true },
  };

  static override styles = [
    networkNameStyles,
    pageStyles,
    interactiveStyles,
    formStyles,
    badgeStyles,
    bodyStyles,
    css`
      .muted,
      .meta {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
      }

      h1 {
        overflow-wrap: anywhere;
      }

      .post-body {
        margin: var(--hrw-space-l) 0;
        font-size: var(--hrw-text-m);
      }

      .topic-line {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        margin: 0 0 var(--hrw-space-m);
      }

      .topics {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }

      .topics li + li {
        margin-top: 0;
      }

      .helped {
        margin: var(--hrw-space-l) 0;
        padding: var(--hrw-space-m);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
      }

      .replies {
        margin: 0 0 var(--hrw-space-l);
        padding: 0;
        list-style: none;
      }

      .replies li + li {
        margin-top: var(--hrw-space-m);
      }
    `,
  ];

  declare learning: Learning | null;
  declare loading: boolean;
  declare error: string | null;
  declare missing: boolean;
  declare deleted: boolean;
  declare confirmingDelete: boolean;
  declare busy: boolean;
  declare postError: string | null;
  /** What the last action did, for screen readers. */
  declare notice: string;

  readonly #id = learningIdFromPath(window.location.pathname);
  #request: AbortController | null = null;
  /** What a person may see and do depends on their token: once they are signed in (or out), ask again. */
  readonly #account = new AccountController(this, (before) => {
    const status = this.#account.state.status;
    if ((before.status === 'signed-in') !== (status === 'signed-in') && status !== 'busy' && !this.deleted) {
      void this.#load();
    }
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.learning = null;
    this.loading = true;
    this.error = null;
    this.missing = false;
    this.deleted = false;
    this.confirmingDelete = false;
    this.busy = false;
    this.postError = null;
    this.notice = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override disconnectedCallback(): void {
    this.#request?.abort();
    super.disconnectedCallback();
  }

  protected override render() {
    if (this.deleted) {
      return html`
        <h1>${msg('The post is deleted')}</h1>
        <p class="lead">${msg('It no longer appears to other groups. Thank you for looking after what your group shares.')}</p>
        <p><a href=${learningsPath()}>${msg('Back to all shared learnings')}</a></p>
      `;
    }
    if (this.learning) {
      return this.#renderPost(this.learning);
    }
    if (this.missing) {
      return this.#renderMissing();
    }
    return html`
      <h1>${msg('A shared learning')}</h1>
      ${this.loading ? html`<p role="status">${msg('Loading the post…')}</p>` : nothing}
      ${this.error
        ? html`<div class="alert" role="alert">
            <p>${msg(str`The post did not load. ${this.error}`)}</p>
            <p><button type="button" @click=${() => void this.#load()}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
    `;
  }

  #renderMissing() {
    const signedOut = this.#account.state.status === 'signed-out';
    return html`
      <h1>${msg('We could not find that post')}</h1>
      <p class="lead">${msg('It may have been deleted, or the address may have a small typo in it.')}</p>
      ${signedOut
        ? html`<p>
            ${msg(
              html`Some posts are shared with the network only, for signed-in hosts and stewards. If you host a group,
                <button type="button" class="secondary" @click=${() => void session.signIn(window.location.pathname)}>
                  sign in to see it
                </button>`,
            )}
          </p>`
        : nothing}
      <p><a href=${learningsPath()}>${msg('Look through all shared learnings')}</a></p>
    `;
  }

  #renderPost(learning: Learning) {
    // The server renders bodyHtml from Markdown and sanitises it (no raw HTML, safe links): the one place this page
    // trusts HTML.
    const body = unsafeHTML(learning.bodyHtml);
    return html`
      <p class="muted"><a class="standalone" href=${learningsPath()}>${msg('All shared learnings')}</a></p>
      <h1>${learning.title}</h1>
      <ul class="badges" aria-label=${msg('About this post')}>
        ${learningBadges(learning, true)}
      </ul>
      <p class="meta">${this.#renderFrom(learning)}</p>
      ${learning.visibility === 'network' ? html`<p class="meta">${visibilityHint('network')}</p>` : nothing}
      ${this.#renderStatus(learning)} ${this.#renderModeration(learning)}
      ${learning.exercise
        ? html`<p>
            ${msg(html`About the exercise <a href=${exercisePath(learning.exercise.slug)}>${learning.exercise.title}</a>.`)}
          </p>`
        : nothing}
      <div class="body post-body">${body}</div>
      ${learning.topics.length > 0
        ? html`<div class="topic-line">
            <span id="topics-label">${msg('Topics:')}</span>
            <ul class="topics" aria-labelledby="topics-label">
              ${learning.topics.map((topic) => html`<li><a href=${learningsPath({ topic, page: 0 })}>${topicLabel(topic)}</a></li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.#renderHelped(learning)} ${this.#renderPostActions(learning)}
      <p class="visually-hidden" role="status">${this.notice}</p>
      ${this.#renderReplies(learning)} ${this.#renderReplyForm(learning)}
    `;
  }

  /** Which group shared it and when: "From Northampton, shared Nov 3, 2026, edited Nov 5, 2026". */
  #renderFrom(learning: Learning) {
    const group = html`<a href=${groupPath(learning.group.slug)}>${keepNetworkNameTogether(learning.group.name)}</a>`;
    const shared = html`<time datetime=${learning.createdAt}>${dateInWords(learning.createdAt)}</time>`;
    if (!learning.editedAt) {
      return msg(html`From ${group}, shared ${shared}`);
    }
    const edited = html`<time datetime=${learning.editedAt}>${dateInWords(learning.editedAt)}</time>`;
    return msg(html`From ${group}, shared ${shared}, edited ${edited}`);
  }

  #renderStatus(learning: Learning) {
    if (learning.status === 'visible') {
      return nothing;
    }
    const steward = this.#account.state.steward;
    return html`<div class="alert" role="note">
      ${learning.status === 'hidden'
        ? html`<p>
            ${msg(
              html`<strong>This post is hidden.</strong> Three groups flagged it, or a steward hid it. Until a steward
                restores it, only the stewards and the hosts of ${learning.group.name} can see it.`,
            )}
          </p>`
        : html`<p>
            ${msg(html`<strong>${learning.group.name} deleted this post.</strong> Only the stewards can still see it.`)}
          </p>`}
      ${learning.hiddenReason ? html`<p>${msg(str`Why: ${learning.hiddenReason}`)}</p>` : nothing}
      ${steward && learning.status === 'hidden'
        ? html`<p><a href=${REVIEW_LEARNINGS_PATH}>${msg('Look at it in the stewards’ queue')}</a></p>`
        : nothing}
    </div>`;
  }

  /** The stewards' own record of hiding and restoring here, so a second steward sees why before deciding again. */
  #renderModeration(learning: Learning) {
    const decisions = learning.moderation ?? [];
    if (!this.#account.state.steward || decisions.length === 0) {
      return nothing;
    }
    return html`<section class="moderation" aria-label=${msg('Stewards’ decisions')}>
      <h2>${msg('Stewards’ decisions')}</h2>
      <ul>
        ${decisions.map((decision) => html`<li>${decisionInWords(decision)}</li>`)}
      </ul>
    </section>`;
  }

  #renderHelped(learning: Learning) {
    const signedIn = this.#account.state.status === 'signed-in';
    // A group does not say its own post helped it.
    const groups = signedIn && learning.status === 'visible' ? this.#account.state.hosts.filter((group) => group.slug !== learning.group.slug) : [];
    return html`<section class="helped" aria-label=${msg('Did this help?')}>
      <hrw-helped-control
        .count=${learning.helpedCount}
        .groups=${groups}
        .helpedBy=${learning.helpedBy}
        @hrw-helped=${(event: HelpedEvent) => event.respondWith(this.#helped(learning, event))}
      ></hrw-helped-control>
      ${signedIn ? nothing : html`<p class="muted">${msg('Hosts can sign in to say it helped their group.')}</p>`}
    </section>`;
  }

  #renderPostActions(learning: Learning) {
    const signedIn = this.#account.state.status === 'signed-in';
    if (learning.canEdit && learning.status !== 'deleted') {
      return html`
        ${this.postError ? html`<div class="alert" role="alert"><p>${this.postError}</p></div>` : nothing}
        ${this.confirmingDelete
          ? html`<div class="alert">
              <p id="confirm-delete" tabindex="-1">
                ${msg('Delete this post? It comes out of the list for everyone; only the stewards will still see it.')}
              </p>
              <p class="row">
                <button type="button" ?disabled=${this.busy} @click=${() => void this.#deletePost(learning)}>
                  ${msg('Delete the post')}
                </button>
                <button type="button" class="secondary" @click=${this.#keepPost}>${msg('Keep it')}</button>
              </p>
            </div>`
          : html`<p class="row">
              <a class="button-link" href=${editLearningPath(learning.id)}>${msg('Edit the post')}</a>
              <button type="button" class="secondary" id="delete-post" @click=${this.#confirmDeletePost}>
                ${msg('Delete the post…')}
              </button>
            </p>`}
      `;
    }
    if (signedIn && learning.status === 'visible') {
      return html`<hrw-flag-form
        what="post"
        @hrw-flag=${(event: FlagEvent) => event.respondWith(flagLearning(learning.id, event.reason))}
      ></hrw-flag-form>`;
    }
    return nothing;
  }

  #renderReplies(learning: Learning) {
    const replies = oldestFirst(learning.replies);
    const canMark = learning.canMarkHelpful && learning.kind === 'question';
    return html`<section aria-labelledby="replies-heading">
      <h2 id="replies-heading" tabindex="-1">${msg('Replies')}</h2>
      ${replies.length === 0
        ? html`<p>
            ${learning.kind === 'question'
              ? msg('No replies yet. If your group has been through something like this, your reply could help.')
              : msg('No replies yet.')}
          </p>`
        : html`<ol class="replies">
            ${replies.map(
              (item) => html`<li>
                <hrw-reply-item
                  data-id=${item.id}
                  .reply=${item}
                  .canMarkHelpful=${canMark}
                  .canFlag=${this.#account.state.status === 'signed-in'}
                  asking-group=${learning.group.name}
                  @hrw-reply-submit=${(event: ReplySubmitEvent) => event.respondWith(this.#editReply(learning, item, event.body))}
                  @hrw-reply-delete=${(event: ReplyDeleteEvent) => event.respondWith(this.#deleteReply(learning, item))}
                  @hrw-mark-helpful=${(event: MarkHelpfulEvent) =>
                    event.respondWith(this.#markHelpful(learning, item, event.helpful))}
                  @hrw-flag=${(event: FlagEvent) => event.respondWith(flagReply(learning.id, item.id, event.reason))}
                ></hrw-reply-item>
              </li>`,
            )}
          </ol>`}
    </section>`;
  }

  #renderReplyForm(learning: Learning) {
    if (learning.status !== 'visible' || this.#account.state.status === 'busy') {
      return nothing;
    }
    const account = this.#account.state;
    let content;
    if (account.status !== 'signed-in') {
      content = html`<p>
        ${msg(
          html`Replies come from groups. If you host one,
            <button type="button" class="secondary" @click=${() => void session.signIn(window.location.pathname)}>
              sign in to reply
            </button>`,
        )}
      </p>`;
    } else if (account.hosts.length === 0 && !account.steward) {
      content = html`<p>
        ${msg(
          html`Replies come from groups rather than from one person, and that is how they appear here. Once you host a
            group listed on Harm Reduction Works-HRW, you can reply on its behalf. If your group is not listed yet,
            <a href="/groups/new">register it</a>; we would be glad to have you.`,
        )}
      </p>`;
    } else {
      content = html`<hrw-reply-form
        .voices=${{ groups: account.hosts, stewards: account.steward }}
        @hrw-reply-submit=${(event: ReplySubmitEvent) => event.respondWith(this.#addReply(learning, event))}
      ></hrw-reply-form>`;
    }
    return html`<section aria-labelledby="reply-heading">
      <h2 id="reply-heading">${msg('Reply', { desc: 'Heading over the form to reply to a post' })}</h2>
      ${content}
    </section>`;
  }

  #confirmDeletePost = async (): Promise<void> => {
    this.confirmingDelete = true;
    this.postError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-delete')?.focus();
  };

  #keepPost = async (): Promise<void> => {
    this.confirmingDelete = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#delete-post')?.focus();
  };

  async #deletePost(learning: Learning): Promise<void> {
    this.busy = true;
    this.postError = null;
    try {
      await deleteLearning(learning.id);
      this.deleted = true;
      this.learning = null;
      await this.updateComplete;
      const heading = this.renderRoot.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    } catch (error) {
      this.postError = learningMessage(error);
      this.confirmingDelete = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#delete-post')?.focus();
    } finally {
      this.busy = false;
    }
  }

  async #helped(learning: Learning, event: HelpedEvent): Promise<void> {
    const { helpedCount } = event.helped
      ? await markHelped(learning.id, event.groupSlug)
      : await unmarkHelped(learning.id, event.groupSlug);
    const others = (this.learning ?? learning).helpedBy.filter((slug) => slug !== event.groupSlug);
    this.#change({ helpedCount, helpedBy: event.helped ? [...others, event.groupSlug] : others });
  }

  async #addReply(learning: Learning, event: ReplySubmitEvent): Promise<void> {
    if (!event.author) {
      return;
    }
    const created = await postReply(learning.id, event.body, event.author);
    const current = this.learning ?? learning;
    this.#change({
      replies: [...current.replies, created],
      replyCount: current.replyCount + 1,
      // HRH413's stewards answering a question answers it.
      answered: current.answered || (created.fromStewards && current.kind === 'question'),
    });
    this.notice = msg(str`Your reply from ${replyAuthorName(created)} is posted.`);
    await this.updateComplete;
    const item = this.renderRoot.querySelector<HrwReplyItem>(`hrw-reply-item[data-id="${created.id}"]`);
    await item?.updateComplete;
    item?.focusHeading();
  }

  async #editReply(learning: Learning, item: Reply, body: string): Promise<void> {
    const updated = await updateReply(learning.id, item.id, body, item.revision);
    const current = this.learning ?? learning;
    this.#change({ replies: current.replies.map((each) => (each.id === updated.id ? updated : each)) });
    this.notice = msg('Your change to the reply is saved.');
  }

  async #deleteReply(learning: Learning, item: Reply): Promise<void> {
    await deleteReply(learning.id, item.id);
    this.notice = msg('The reply is deleted.');
    // Its status, the count and the question's answer all change on the server: show them as it has them.
    await this.#load({ quietly: true });
    this.renderRoot.querySelector<HTMLElement>('#replies-heading')?.focus();
  }

  async #markHelpful(learning: Learning, item: Reply, helpful: boolean): Promise<void> {
    this.learning = await markHelpfulReply(learning.id, helpful ? item.id : null);
    this.notice = helpful
      ? msg(str`Marked: the reply from ${replyAuthorName(item)} is the one that helped.`)
      : msg('No reply is marked as the one that helped now.');
  }

  #change(changes: Partial<Learning>): void {
    if (this.learning) {
      this.learning = { ...this.learning, ...changes };
    }
  }

  /** `quietly` keeps the post on the page while it is asked for again, after a change. */
  async #load(options: { quietly?: boolean } = {}): Promise<void> {
    this.#request?.abort();
    if (this.#id === null) {
      this.loading = false;
      this.missing = true;
      return;
    }
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    this.error = null;
    if (!options.quietly) {
      this.missing = false;
    }
    try {
      const learning = await fetchLearning(this.#id, request.signal);
      this.learning = learning;
      this.missing = false;
      document.title = `${learning.title} | Harm Reduction Works-HRW`;
    } catch (error) {
      if (request.signal.aborted) {
        return;
      }
      if (error instanceof ApiError && error.status === 404) {
        this.learning = null;
        this.missing = true;
      } else if (!options.quietly || !this.learning) {
        this.error = plainMessage(error);
      }
    } finally {
      if (this.#request === request) {
        this.loading = false;
      }
    }
  }
}

/** One line of the stewards' record: "Hidden (a reply) on Nov 3, 2026: …". */
function decisionInWords(decision: ModerationRecord): string {
  const on = dateInWords(decision.at);
  const reason = decision.reason;
  if (decision.action === 'hide') {
    return decision.replyId === null ? msg(str`Hidden on ${on}: ${reason}`) : msg(str`Hidden (a reply) on ${on}: ${reason}`);
  }
  return decision.replyId === null ? msg(str`Restored on ${on}: ${reason}`) : msg(str`Restored (a reply) on ${on}: ${reason}`);
}

function oldestFirst(replies: readonly Reply[]): Reply[] {
  return [...replies].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
}

customElements.define('hrw-learning-page', HrwLearningPage);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-learning-page': HrwLearningPage;
  }
}
