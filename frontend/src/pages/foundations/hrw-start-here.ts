import { LitElement, css, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { finderPath } from '../../api/groups.js';
import '../../components/hrw-action-list.js';
import type { ActionItem } from '../../components/hrw-action-list.js';
import '../../components/hrw-find-nearby.js';
import type { FindRequestedEvent } from '../../components/hrw-find-nearby.js';
import { router } from '../../router.js';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

/** In the language shown when called. */
function nextSteps(): readonly ActionItem[] {
  return [
    { href: '/groups', label: msg('Find a group'), description: msg('More ways to search, and the groups that meet online.') },
    { href: '/script', label: msg('Read the script'), description: msg('The shared words every meeting follows.') },
    { href: '/start-a-group', label: msg('Start a group'), description: msg('What it takes to begin one where you live.') },
    { href: '/hosting', label: msg('Learn about hosting'), description: msg('How to hold a meeting without running it.') },
  ];
}

/**
 * "/": where a newcomer arrives, often on a phone: the first screen holds the way to a meeting nearby, then what
 * Harm Reduction Works-HRW is, who it is for, and where to go next.
 */
export class HrwStartHere extends LitElement {
  static override styles = [
    pageStyles,
    interactiveStyles,
    css`
      :host {
        max-width: none;
      }

      .intro,
      .body {
        max-width: var(--hrw-measure);
      }

      .find {
        margin: var(--hrw-space-s) 0 var(--hrw-space-l);
        padding: var(--hrw-space-m);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-surface);
      }

      .find h2 {
        margin: 0 0 var(--hrw-space-s);
        font-size: var(--hrw-text-l);
      }

      .actions {
        margin: var(--hrw-space-l) 0 var(--hrw-space-xl);
      }

      .actions h2 {
        margin-top: 0;
      }
    `,
  ];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  #find = (event: FindRequestedEvent): void => {
    router.navigate(finderPath(event.filters));
  };

  protected override render() {
    return html`
      <div class="intro">
        <h1>${msg('Start here')}</h1>
        <p class="lead">${msg('Free meetings grounded in harm reduction. You are welcome as you are.')}</p>
      </div>

      <section class="find intro" aria-labelledby="find-heading">
        <h2 id="find-heading">${msg('Find a meeting near you')}</h2>
        <hrw-find-nearby @hrw-find=${this.#find}></hrw-find-nearby>
      </section>

      <div class="intro">
        <p>
          ${msg('Harm Reduction Works-HRW is a network of independent mutual-aid groups. Every one follows the same script and builds its conversation around an exercise chosen for that meeting. You can come whatever your history with drugs or alcohol, for yourself or for someone you love.')}
        </p>
      </div>

      <section class="actions" aria-labelledby="next-steps">
        <h2 id="next-steps">${msg('Where would you like to go?')}</h2>
        <hrw-action-list .items=${nextSteps()}></hrw-action-list>
      </section>

      <div class="body">
        <section aria-labelledby="meeting">
          <h2 id="meeting">${msg('What a meeting is like')}</h2>
          <p>
            ${msg('Meetings last an hour to an hour and a half. The host reads from a shared script, so everyone knows what comes next. Then the group spends ten to twenty minutes on an exercise: an article or a passage from a book, a podcast, a guest speaker, or something creative. The conversation that follows is the heart of the meeting.')}
          </p>
          <p>
            ${msg('Because the script carries the structure, nobody has to be an expert. Someone who is only beginning to learn about harm reduction can start a group and learn alongside everyone else.')}
          </p>
        </section>

        <section aria-labelledby="abstinence">
          <h2 id="abstinence">${msg('Harm reduction includes abstinence')}</h2>
          <div class="callout">
            <p>
              ${msg(html`Harm reduction is often described as the opposite of abstinence. It is not. <strong>Abstinence is one of the ways to reduce harm, and harm reduction does not oppose it.</strong>`)}
            </p>
          </div>
          <p>
            ${msg('Harm Reduction Works-HRW grew out of the need for a harm reduction alternative to abstinence-only self-help groups. It is an alternative, not a rival. People in abstinence-based recovery, including members of 12-step fellowships who keep going to their own meetings, are welcome too.')}
          </p>
        </section>

        <section aria-labelledby="kinds">
          <h2 id="kinds">${msg('Open and focused meetings')}</h2>
          <p>${msg('Every group decides which kind of meeting it holds.')}</p>
          <ul>
            <li>
              ${msg(html`<strong>Open meetings</strong> are for anyone who wants to learn about harm reduction and how it might help them or the people around them.`)}
            </li>
            <li>
              ${msg(html`<strong>Focused meetings</strong> are for people who drink or use drugs now, who have in the past, or who are thinking about it.`)}
            </li>
          </ul>
          <p>${msg('The two share the same script. Only the welcome at the start is different.')}</p>
        </section>

        <section aria-labelledby="beginning">
          <h2 id="beginning">${msg('How it began')}</h2>
          <p>
            ${msg('HRH413 held the first Harm Reduction Works-HRW meeting in Northampton, MA, in March 2019. What started as a different kind of support group soon became a community, built on respect, kindness and compassion. Newcomers often say it is the first place where they can be honest about their lives.')}
          </p>
          <p>
            ${msg('The network is still young, and it grows through collaboration: groups share what they learn, ask one another for help, and together build the harm reduction movement.')}
          </p>
        </section>
      </div>
    `;
  }
}

customElements.define('hrw-start-here', HrwStartHere);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-start-here': HrwStartHere;
  }
}
