import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { fetchStewardQuestions, learningPath, learningsPath, type LearningSummary } from '../../api/learnings.js';
import { REVIEW_LEARNINGS_PATH, dateInWords, repliesInWords, topicLabel, visibilityLabel } from '../../learnings/labels.js';
import { PagedListController } from '../../lib/paged-list-controller.js';
import { StewardAccess } from '../../lib/steward-access.js';
import { badgeStyles, formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

/**
 * "/learnings/questions": questions groups asked HRH413's stewards that no steward has answered yet, oldest first.
 * Each links to its post, where the reply form lets a steward answer as HRH413's stewards.
 */
export class HrwLearningQuestions extends LitElement {
  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    badgeStyles,
    css`
      .questions {
        padding: 0;
        list-style: none;
      }

      .questions > li {
        border-top: 1px solid var(--hrw-color-border);
        padding-bottom: var(--hrw-space-s);
      }

      .questions > li + li {
        margin-top: 0;
      }

      h2 {
        margin-top: var(--hrw-space-m);
        overflow-wrap: anywhere;
      }

      .facts {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
      }
    `,
  ];

  readonly #access = new StewardAccess(this, () => void this.#questions.loadFirst());

  readonly #questions = new PagedListController<LearningSummary>(this, {
    fetchPage: (page, signal) => fetchStewardQuestions(page, signal),
    key: (question) => question.id,
    // The page after the last one that arrived, or again after one that failed.
    paging: 'counted',
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    return html`<h1>${msg('Questions for the stewards')}</h1>
      ${this.#renderBody()}`;
  }

  #renderBody() {
    const forOthers = this.#access.renderForOthers({
      about: html`<p class="lead">
        ${msg(
          'Groups whose knowledge of harm reduction is still growing can ask HRH413’s stewards for help. Stewards find those questions here.',
        )}
      </p>`,
      nothingHere: msg('there are no questions for you here', {
        desc: 'Ends the sentence “You are signed in as …, and this account is not a steward’s, so …”',
      }),
      elsewhere: msg(
        html`Everyone can <a href=${learningsPath({ kind: 'question', page: 0 })}>read the questions groups have asked</a>.`,
      ),
    });
    if (forOthers) {
      return forOthers;
    }
    const { items, loading, error } = this.#questions;
    return html`
      <p class="lead">
        ${msg(
          'Questions groups asked HRH413’s stewards that are still waiting for your answer, oldest first. Open one to answer it on its page; your reply shows as from HRH413’s stewards.',
        )}
      </p>
      <p>${msg(html`Flagged and hidden posts are in <a href=${REVIEW_LEARNINGS_PATH}>posts to review</a>.`)}</p>
      ${error
        ? html`<div class="alert" role="alert">
            <p>${error}</p>
            <p>
              <button type="button" class="secondary" @click=${() => void this.#questions.loadMore()}>${msg('Try again')}</button>
            </p>
          </div>`
        : nothing}
      ${loading && items.length === 0 ? html`<p role="status">${msg('Loading the questions…')}</p>` : nothing}
      ${!loading && !error && items.length === 0
        ? html`<p>${msg('No question is waiting for a steward. Thank you for answering them.')}</p>`
        : nothing}
      ${items.length > 0
        ? html`<ol class="questions">
            ${items.map((question) => this.#renderQuestion(question))}
          </ol>`
        : nothing}
      ${this.#questions.hasMore
        ? html`<button type="button" class="secondary" @click=${() => void this.#questions.loadMore()}>${msg('Show more questions')}</button>`
        : nothing}
    `;
  }

  #renderQuestion(question: LearningSummary) {
    return html`<li>
      <h2><a href=${learningPath(question.id)}>${question.title}</a></h2>
      <p class="facts">
        ${msg(str`Asked by ${question.group.name} on ${dateInWords(question.createdAt)}`)} ·
        ${repliesInWords(question.replyCount)}${question.visibility === 'network' ? html` · ${visibilityLabel('network')}` : nothing}
      </p>
      ${question.excerpt ? html`<p>${question.excerpt}</p>` : nothing}
      ${question.topics.length > 0
        ? html`<ul class="badges" aria-label=${msg('Topics')}>
            ${question.topics.map((topic) => html`<li>${topicLabel(topic)}</li>`)}
          </ul>`
        : nothing}
    </li>`;
  }
}

customElements.define('hrw-learning-questions', HrwLearningQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-learning-questions': HrwLearningQuestions;
  }
}
