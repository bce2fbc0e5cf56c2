import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  LEARNINGS_FEED_URL,
  LEARNING_KINDS,
  LEARNING_SORTS,
  filtersFromQuery,
  learningsPath,
  searchLearnings,
  type LearningFilters,
  type LearningSummary,
} from '../../api/learnings.js';
import '../../components/hrw-learning-card.js';
import {
  DEFAULT_SORT,
  NEW_LEARNING_PATH,
  NEW_QUESTION_PATH,
  REVIEW_LEARNINGS_PATH,
  STEWARD_QUESTIONS_PATH,
  kindLabel,
  networkOnlyNote,
  sortLabel,
  topicLabel,
} from '../../learnings/labels.js';
import { formatNumber } from '../../i18n/format.js';
import { AddressFiltersController } from '../../lib/address-filters-controller.js';
import { AccountController } from '../../lib/account-controller.js';
import { PagedListController } from '../../lib/paged-list-controller.js';
import { formStyles, interactiveStyles, pageStyles, searchPageStyles } from '../../styles/shared.js';

export const PAGE_SIZE = 20;

/** How many choices narrow the list, beyond the order it is shown in. */
export function countNarrowing(filters: LearningFilters): number {
  return [filters.q, filters.kind, filters.topic, filters.exercise, filters.group, filters.unanswered].filter(
    (value) => value !== undefined,
  ).length;
}

/** "Finding a venue" typed in the topic box is the topic "finding-a-venue". */
export function topicFromInput(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/[\s_]+/g, '-');
}

/** The list's heading once it has loaded: "4 posts", "1 post for this search". */
function postsInWords(count: number, narrowed: boolean): string {
  if (narrowed) {
    return count === 1 ? msg('1 post for this search') : msg(str`${formatNumber(count)} posts for this search`);
  }
  return count === 1 ? msg('1 post') : msg(str`${formatNumber(count)} posts`);
}

/**
 * "/learnings": what groups have learned and shared with each other. Every choice is in the address
 * (?q=&kind=&topic=&unanswered=&sort=, and ?group= or ?exercise= from links elsewhere), so a search can be
 * bookmarked, shared, and left with Back. Network-only posts are listed when the person is signed in.
 */
export class HrwLearnings extends LitElement {
  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    searchPageStyles,
    css`
      .choices {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
        gap: 0 var(--hrw-space-m);
      }

      .check {
        display: flex;
        align-items: center;
        gap: var(--hrw-space-xs);
        min-height: 2.75rem;
        font-weight: 700;
      }

      .check input {
        margin: 0;
      }
    `,
  ];

  /** Network-only posts are listed only with a token: once someone is signed in (or out), ask again. */
  readonly #account = new AccountController(this, (before) => {
    const signedIn = this.#account.state.status === 'signed-in';
    if ((before.status === 'signed-in') !== signedIn && this.#account.state.status !== 'busy') {
      void this.#results.loadFirst();
    }
  });

  readonly #address = new AddressFiltersController<LearningFilters>(this, {
    fromQuery: filtersFromQuery,
    path: learningsPath,
    defaultSort: DEFAULT_SORT,
    onSearch: () => void this.#results.loadFirst(),
  });

  get filters(): LearningFilters {
    return this.#address.filters;
  }

  readonly #results = new PagedListController<LearningSummary>(this, {
    fetchPage: (page, signal) =>
      searchLearnings({ ...this.filters, sort: this.filters.sort ?? DEFAULT_SORT, page, size: PAGE_SIZE }, signal),
    key: (learning) => learning.id,
    pageSize: PAGE_SIZE,
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#results.loadFirst();
  }

  protected override render() {
    return html`
      <h1>${msg('Learnings')}</h1>
      <p class="lead">
        ${msg(
          'What groups have learned, shared with each other: what worked, questions for other groups, stories and resources. Every post comes from a group, never from one person.',
        )}
      </p>
      <p class="small">${networkOnlyNote()}</p>
      ${this.#renderActions()} ${this.#renderForm()} ${this.#renderResults()}
      <p class="feed small">
        ${msg(
          html`Follow new public posts in any feed reader:
            <a href=${LEARNINGS_FEED_URL} type="application/atom+xml">the learnings feed (Atom)</a>. Network-only posts
            stay out of it.`,
        )}
      </p>
    `;
  }

  #renderActions() {
    if (this.#account.state.status !== 'signed-in') {
      return html`<p class="small">
        ${msg('Hosts can sign in to share what worked for their group, or to ask other groups a question.')}
      </p>`;
    }
    return html`
      <p class="row">
        <a class="button-link" href=${NEW_LEARNING_PATH}>${msg('Share something')}</a>
        <a class="button-link" href=${NEW_QUESTION_PATH}>${msg('Ask a question')}</a>
      </p>
      ${this.#account.state.steward
        ? html`<p class="row">
            <span>${msg('For stewards:')}</span>
            <a href=${REVIEW_LEARNINGS_PATH}>${msg('Flagged posts and replies')}</a>
            <a href=${STEWARD_QUESTIONS_PATH}>${msg('Questions for HRH413')}</a>
          </p>`
        : nothing}
    `;
  }

  #renderForm() {
    const filters = this.filters;
    const narrowing = countNarrowing(filters);
    return html`
      <form class="search" role="search" aria-label=${msg('Find a shared learning')} @submit=${this.#submit} novalidate>
        <div class="field">
          <label for="q">${msg('Words to look for')}</label>
          <p class="hint" id="q-hint">${msg('Such as “naloxone”, “finding a venue” or “first meeting”.')}</p>
          <input
            id="q"
            name="q"
            type="search"
            enterkeyhint="search"
            aria-describedby="q-hint"
            .value=${live(filters.q ?? '')}
          />
        </div>
        <div class="choices">
          <div class="field">
            <label for="kind">${msg('Kind')}</label>
            <select id="kind" name="kind">
              <option value="" .selected=${live(filters.kind === undefined)}>${msg('Any kind')}</option>
              ${LEARNING_KINDS.map(
                (kind) => html`<option value=${kind} .selected=${live(filters.kind === kind)}>${kindLabel(kind)}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="topic">${msg('Topic')}</label>
            <p class="hint" id="topic-hint">${msg('One topic, such as “naloxone” or “finding a venue”.')}</p>
            <input
              id="topic"
              aria-describedby="topic-hint"
              name="topic"
              type="text"
              autocomplete="off"
              spellcheck="false"
              .value=${live(filters.topic ? topicLabel(filters.topic) : '')}
            />
          </div>
          <div class="field">
            <label for="sort">${msg('Order')}</label>
            <select id="sort" name="sort">
              ${LEARNING_SORTS.map(
                (sort) =>
                  html`<option value=${sort} .selected=${live((filters.sort ?? DEFAULT_SORT) === sort)}>
                    ${sortLabel(sort)}
                  </option>`,
              )}
            </select>
          </div>
        </div>
        <div class="field">
          <label class="check">
            <input
              type="checkbox"
              name="unanswered"
              value="true"
              aria-describedby="unanswered-hint"
              .checked=${live(filters.unanswered === true)}
            />
            ${msg('Unanswered questions only')}
          </label>
          <p class="hint" id="unanswered-hint">${msg('Questions that no reply has helped yet. Maybe yours can.')}</p>
        </div>
        ${this.#renderNarrowedElsewhere()}
        <p class="row">
          <button type="submit">${msg('Show posts')}</button>
          ${narrowing > 0
            ? html`<button type="button" class="secondary" @click=${this.#clear}>${msg('Clear these choices')}</button>`
            : nothing}
        </p>
      </form>
    `;
  }

  /** A group's page or an exercise's page can link here for its own posts; the form keeps that choice. */
  #renderNarrowedElsewhere() {
    const { group, exercise } = this.filters;
    if (!group && !exercise) {
      return nothing;
    }
    const groupName = this.#results.items.find((learning) => learning.group.slug === group)?.group.name ?? group;
    const exerciseTitle = this.#results.items.find((learning) => learning.exercise?.slug === exercise)?.exercise?.title ?? exercise;
    return html`
      ${group ? html`<input type="hidden" name="group" .value=${group} />` : nothing}
      ${exercise ? html`<input type="hidden" name="exercise" .value=${exercise} />` : nothing}
      <p class="hint">
        ${group ? msg(str`Only posts from ${groupName}.`) : nothing}
        ${exercise ? msg(str`Only posts about the exercise “${exerciseTitle}”.`) : nothing}
      </p>
    `;
  }

  #renderResults() {
    const { items, total: count, loading, error, answered } = this.#results;
    const narrowed = countNarrowing(this.filters) > 0;
    const heading = answered ? postsInWords(count, narrowed) : msg('Shared learnings');
    return html`
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" tabindex="-1">${heading}</h2>
        <p class="visually-hidden" role="status">${loading ? msg('Looking for posts…') : answered ? heading : ''}</p>
        ${loading && items.length === 0 ? html`<p aria-hidden="true">${msg('Looking for posts…')}</p>` : nothing}
        ${error
          ? html`<div class="alert" role="alert">
              <p>${msg(str`The learnings did not load. ${error}`)}</p>
              <p><button type="button" @click=${() => void this.#results.loadMore()}>${msg('Try again')}</button></p>
            </div>`
          : nothing}
        ${items.length > 0
          ? html`<ol class="results">
              ${items.map((learning) => html`<li><hrw-learning-card .learning=${learning}></hrw-learning-card></li>`)}
            </ol>`
          : nothing}
        ${this.#results.hasMore
          ? html`<button type="button" class="secondary" @click=${this.#showMore}>${msg('Show more posts')}</button>`
          : nothing}
        ${answered && !loading && !error && count === 0 ? this.#renderEmpty(narrowed) : nothing}
      </section>
    `;
  }

  #renderEmpty(narrowed: boolean) {
    const signedIn = this.#account.state.status === 'signed-in';
    const onlyUnanswered =
      this.filters.unanswered === true &&
      countNarrowing({ ...this.filters, unanswered: undefined, kind: this.filters.kind === 'question' ? undefined : this.filters.kind }) === 0;
    if (onlyUnanswered) {
      return html`<div class="callout">
        <p>${msg('Every question has found a helpful answer. Thank you, everyone who replied.')}</p>
        ${signedIn
          ? html`<p>${msg(html`Something your group is wondering about? <a href=${NEW_QUESTION_PATH}>Ask a question</a>.`)}</p>`
          : nothing}
      </div>`;
    }
    if (!narrowed) {
      return html`<div class="callout">
        <p>
          ${msg(
            'No group has shared anything here yet. What one group learns the hard way, another can learn from: a way to find a venue, a first meeting that went well, a question still open.',
          )}
        </p>
        ${signedIn
          ? html`<p>
              ${msg(html`<a href=${NEW_LEARNING_PATH}>Share something</a> or <a href=${NEW_QUESTION_PATH}>ask a question</a>.`)}
            </p>`
          : nothing}
      </div>`;
    }
    return html`<div class="callout">
      <p>${msg('Nothing matches all of these choices yet.')}</p>
      <ul>
        <li>
          ${msg(html`<button type="button" class="secondary" @click=${this.#clear}>Clear these choices</button> to see every post.`)}
        </li>
        ${signedIn ? html`<li>${msg(html`Can’t find it? <a href=${NEW_QUESTION_PATH}>Ask the other groups</a>.`)}</li>` : nothing}
      </ul>
    </div>`;
  }

  #showMore = async (): Promise<void> => {
    const before = this.#results.items.length;
    await this.#results.loadMore();
    await this.updateComplete;
    // Keyboard users carry on from the first post that was added, not from the top of the list.
    const added = this.renderRoot.querySelectorAll('hrw-learning-card')[before];
    await added?.updateComplete;
    added?.shadowRoot?.querySelector<HTMLElement>('.title a')?.focus();
  };

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form).entries()) {
      if (typeof value !== 'string' || value.trim() === '') {
        continue;
      }
      params.append(name, name === 'topic' ? topicFromInput(value) : value);
    }
    // Unanswered means unanswered questions: the kind says so too, rather than combining into nothing.
    if (params.get('unanswered') === 'true') {
      params.set('kind', 'question');
    }
    this.#address.apply(filtersFromQuery(params));
  };

  #clear = (): void => {
    this.#address.apply({ page: 0, ...(this.filters.sort ? { sort: this.filters.sort } : {}) });
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  };

}

customElements.define('hrw-learnings', HrwLearnings);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-learnings': HrwLearnings;
  }
}
