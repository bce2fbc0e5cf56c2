import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { plainMessage } from '../../api/messages.js';
import { fetchReviewCounts, ReviewCountsEvent, type ReviewCounts } from '../../api/review.js';
import { StewardAccess } from '../../lib/steward-access.js';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

type QueueName = Exclude<keyof ReviewCounts, 'total'>;

interface Queue {
  name: QueueName;
  /** The texts are functions, so they are read in the language shown when the page renders. */
  title: () => string;
  href: string;
  /** What the queue is for, in one line. */
  about: () => string;
  /** "3 waiting", or the kind words for an empty queue. */
  waiting: (count: number) => string;
}

function waiting(count: number): string {
  return msg(str`${count} waiting`);
}

/** In the order a week's work usually goes: people first, then content, then the script. */
export const QUEUES: readonly Queue[] = [
  {
    name: 'groups',
    title: () => msg('New groups to review'),
    href: '/groups/review',
    about: () => msg('New listings wait here until a steward approves them for the directory, or declines them with a kind reason.'),
    waiting: (count) => (count === 0 ? msg('No new groups waiting.') : waiting(count)),
  },
  {
    name: 'exercises',
    title: () => msg('Suggested exercises'),
    href: '/exercises/review',
    about: () => msg('Exercises groups suggested for the library: publish them for every group, or say what would help.'),
    waiting: (count) => (count === 0 ? msg('No suggestions waiting.') : waiting(count)),
  },
  {
    name: 'flaggedLearnings',
    title: () => msg('Flagged learnings'),
    href: '/learnings/review',
    about: () => msg('Posts and replies someone flagged. Read them whole, then keep them up or hide them, with a reason.'),
    waiting: (count) => (count === 0 ? msg('Nothing flagged right now.') : waiting(count)),
  },
  {
    name: 'questions',
    title: () => msg('Questions for HRH413'),
    href: '/learnings/questions',
    about: () => msg('Questions groups asked HRH413 directly. Answer as the stewards; every group can read the answer.'),
    waiting: (count) => (count === 0 ? msg('Every question has an answer.') : waiting(count)),
  },
  {
    name: 'scriptDrafts',
    title: () => msg('Script drafts'),
    href: '/script/drafts',
    about: () => msg('A next version of the meeting script being prepared. Finish and publish it, or discard it.'),
    waiting: (count) => (count === 0 ? msg('No draft open.') : count === 1 ? msg('1 draft open') : msg(str`${count} drafts open`)),
  },
];

/** "/steward": each steward queue with how much waits in it, a line on what it is for, and the way in. */
export class HrwStewardDashboard extends LitElement {
  static override properties = {
    counts: { state: true },
    loading: { state: true },
    error: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    css`
      .queues {
        padding: 0;
        list-style: none;
      }

      .queues > li {
        margin: 0;
        padding: var(--hrw-space-s) 0 var(--hrw-space-m);
        border-top: 1px solid var(--hrw-color-border);
      }

      .queues h2 {
        margin: 0 0 var(--hrw-space-xs);
        font-size: var(--hrw-text-l);
      }

      .queues h2 a {
        display: inline-block;
        padding: 0.35rem 0;
      }

      .count {
        margin: 0 0 var(--hrw-space-xs);
        font-weight: 700;
      }

      .count.none {
        font-weight: 400;
        color: var(--hrw-color-muted);
      }

      .about {
        margin: 0;
      }
    `,
  ];

  readonly #access = new StewardAccess(this, () => void this.#load());
  declare counts: ReviewCounts | null;
  declare loading: boolean;
  /** Why the counts did not load, kept as it came so its words follow the language shown. */
  declare error: unknown;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.counts = null;
    this.loading = false;
    this.error = null;
  }

  protected override render() {
    return html`<h1>${msg('Stewards')}</h1>
      ${this.#renderBody()}`;
  }

  #renderBody() {
    const forOthers = this.#access.renderForOthers({
      about: html`<p class="lead">
        ${msg("HRH413's stewards look after the network's shared work here: new groups, suggested exercises, flagged posts, questions and the script.")}
      </p>`,
      nothingHere: msg('there is nothing waiting for you here', { desc: 'Ends "this account is not a steward’s, so …"' }),
      elsewhere: msg(html`Everyone can <a href="/groups">find a group</a> and <a href="/learnings">read what groups learned</a>.`),
    });
    if (forOthers) {
      return forOthers;
    }
    const counts = this.counts;
    return html`
      ${this.error !== null
        ? html`<div class="alert" role="alert">
            <p>${msg('The counts did not load.')} ${plainMessage(this.error)}</p>
            <p><button type="button" class="secondary" @click=${() => void this.#load()}>${msg('Try again')}</button></p>
          </div>`
        : nothing}
      ${this.loading && !counts ? html`<p role="status">${msg('Counting what is waiting…')}</p>` : nothing}
      ${counts
        ? html`<p class="lead" role="status">
            ${counts.total === 0
              ? msg('Nothing is waiting right now. Thank you for keeping up.')
              : counts.total === 1
                ? msg('1 thing is waiting for a steward.')
                : msg(str`${counts.total} things are waiting for a steward.`)}
          </p>`
        : nothing}
      <ul class="queues">
        ${QUEUES.map((queue) => {
          const count = counts ? counts[queue.name] : null;
          return html`<li data-queue=${queue.name}>
            <h2><a href=${queue.href}>${queue.title()}</a></h2>
            ${count === null ? nothing : html`<p class=${count === 0 ? 'count none' : 'count'}>${queue.waiting(count)}</p>`}
            <p class="about">${queue.about()}</p>
          </li>`;
        })}
      </ul>
    `;
  }

  async #load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      this.counts = await fetchReviewCounts();
      this.dispatchEvent(new ReviewCountsEvent(this.counts));
    } catch (error) {
      this.error = error;
    } finally {
      this.loading = false;
    }
  }
}

customElements.define('hrw-steward-dashboard', HrwStewardDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-steward-dashboard': HrwStewardDashboard;
  }
}
