import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { groupPath } from '../api/groups.js';
import { learningPath, learningsPath, type LearningSummary } from '../api/learnings.js';
import { learningBadges } from '../learnings/badges.js';
import { dateInWords, helpedInWords, repliesInWords, topicLabel } from '../learnings/labels.js';
import { badgeStyles, interactiveStyles } from '../styles/shared.js';
import { keepNetworkNameTogether, networkNameStyles } from '../lib/network-name.js';

/**
 * One shared learning in a list: its title, what kind it is, the group that shared it, its topics (each a link to
 * the posts on that topic) and how groups answered it. Props in, nothing out.
 */
export class HrwLearningCard extends LitElement {
  static override properties = {
    learning: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [
    networkNameStyles,
    interactiveStyles,
    badgeStyles,
    css`
      :host {
        display: block;
      }

      article {
        padding: var(--hrw-space-m) 0;
      }

      .title {
        margin: 0 0 0.4rem;
        font-size: var(--hrw-text-l);
        line-height: 1.3;
        overflow-wrap: anywhere;
      }

      p {
        margin: 0 0 0.4rem;
      }

      .excerpt {
        overflow-wrap: anywhere;
      }

      .from,
      .counts {
        color: var(--hrw-color-muted);
        font-size: var(--hrw-text-s);
      }

      .topics {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        margin: 0 0 0.4rem;
        padding: 0;
        list-style: none;
        font-size: var(--hrw-text-s);
      }

      /* A sign for the eye; screen readers hear the topic alone. */
      .topics a::before {
        content: '#' / '';
      }
    `,
  ];

  declare learning: LearningSummary | null;
  declare headingLevel: number;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.learning = null;
    this.headingLevel = 3;
  }

  protected override render() {
    const learning = this.learning;
    if (!learning) {
      return nothing;
    }
    const link = html`<a href=${learningPath(learning.id)}>${learning.title}</a>`;
    const group = html`<a href=${groupPath(learning.group.slug)}>${keepNetworkNameTogether(learning.group.name)}</a>`;
    const when = html`<time datetime=${learning.createdAt}>${dateInWords(learning.createdAt)}</time>`;
    return html`
      <article>
        ${this.headingLevel === 2 ? html`<h2 class="title">${link}</h2>` : html`<h3 class="title">${link}</h3>`}
        <ul class="badges" aria-label=${msg('About this post')}>
          ${learningBadges(learning)}
        </ul>
        <p class="from">
          ${learning.editedAt
            ? msg(html`From ${group}, ${when}, edited`, { desc: 'Who shared a post, and the day' })
            : msg(html`From ${group}, ${when}`, { desc: 'Who shared a post, and the day' })}
        </p>
        <p class="excerpt">${learning.excerpt}</p>
        ${learning.topics.length > 0
          ? html`<ul class="topics standalone-links" aria-label=${msg('Topics')}>
              ${learning.topics.map(
                (topic) => html`<li><a href=${learningsPath({ topic, page: 0 })}>${topicLabel(topic)}</a></li>`,
              )}
            </ul>`
          : nothing}
        <p class="counts">
          ${repliesInWords(learning.replyCount)}${learning.helpedCount > 0 ? ` · ${helpedInWords(learning.helpedCount)}` : ''}
        </p>
      </article>
    `;
  }
}

customElements.define('hrw-learning-card', HrwLearningCard);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-learning-card': HrwLearningCard;
  }
}
