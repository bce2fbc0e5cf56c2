import { LitElement, css, html, nothing } from 'lit';
import type { GroupRef } from '../api/learnings.js';
import { HelpedEvent } from '../learnings/events.js';
import { helpedInWords, learningMessage } from '../learnings/labels.js';
import { formStyles, interactiveStyles } from '../styles/shared.js';

/**
 * How many groups a post helped, and for a host, "This helped us": one toggle per group they host (a group says it
 * once), pressed for the groups that already said so, so it can be taken back. Asks with a {@link HelpedEvent}.
 */
export class HrwHelpedControl extends LitElement {
  static override properties = {
    count: { type: Number },
    groups: { attribute: false },
    helpedBy: { attribute: false },
    pending: { state: true },
    error: { state: true },
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

      ul {
        margin: 0 0 var(--hrw-space-s);
        padding: 0;
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-xs) var(--hrw-space-s);
      }

      .count {
        font-weight: 700;
      }

      .hint {
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }

      button[aria-pressed='true']::before {
        content: '✓ ';
      }
    `,
  ];

  declare count: number;
  /** The viewer's groups that may say it helped them. */
  declare groups: readonly GroupRef[];
  /** The slugs of those groups that already did. */
  declare helpedBy: readonly string[];
  declare pending: string | null;
  declare error: string | null;

  constructor() {
    super();
    this.count = 0;
    this.groups = [];
    this.helpedBy = [];
    this.pending = null;
    this.error = null;
  }

  protected override render() {
    const several = this.groups.length > 1;
    const anyHelped = this.groups.some((group) => this.helpedBy.includes(group.slug));
    return html`
      <p class="count" role="status">${helpedInWords(this.count)}</p>
      ${several ? html`<p id="which">Did it help one of your groups? Say so for each group it helped.</p>` : nothing}
      ${this.groups.length > 0
        ? html`<ul aria-labelledby=${several ? 'which' : nothing}>
            ${this.groups.map((group) => {
              const helped = this.helpedBy.includes(group.slug);
              return html`<li>
                <button
                  type="button"
                  class=${helped ? '' : 'secondary'}
                  aria-pressed=${helped ? 'true' : 'false'}
                  data-slug=${group.slug}
                  @click=${() => void this.#toggle(group.slug, !helped)}
                >
                  ${several ? `This helped ${group.name}` : 'This helped us'}
                </button>
              </li>`;
            })}
          </ul>`
        : nothing}
      ${anyHelped ? html`<p class="hint">Changed your mind? Press it again to take it back.</p>` : nothing}
      ${this.error ? html`<div class="alert" role="alert"><p>${this.error}</p></div>` : nothing}
    `;
  }

  /** Not disabled while it is sent: a disabled button would drop the keyboard focus. */
  async #toggle(groupSlug: string, helped: boolean): Promise<void> {
    if (this.pending) {
      return;
    }
    this.error = null;
    const event = new HelpedEvent(groupSlug, helped);
    this.dispatchEvent(event);
    this.pending = groupSlug;
    try {
      await event.outcome;
    } catch (error) {
      this.error = learningMessage(error);
    } finally {
      this.pending = null;
    }
  }
}

customElements.define('hrw-helped-control', HrwHelpedControl);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-helped-control': HrwHelpedControl;
  }
}
