import { html, nothing } from 'lit';
import type { LearningSummary } from '../api/learnings.js';
import { answeredLabel, askedStewardsLabel, kindLabel, statusLabel, visibilityLabel } from './labels.js';

/**
 * The items of a post's "About this post" badge list: its kind, whether a question is answered, whether it asks
 * HRH413, "Network only", and any status but visible. `showPublic` also says "Public", where the post is read.
 */
export function learningBadges(learning: LearningSummary, showPublic = false) {
  const question = learning.kind === 'question';
  return html`
    <li>${kindLabel(learning.kind)}</li>
    ${question
      ? html`<li class=${learning.answered ? '' : 'quiet'}>
          ${answeredLabel(learning.answered)}
        </li>`
      : nothing}
    ${learning.askStewards ? html`<li>${askedStewardsLabel()}</li>` : nothing}
    ${learning.visibility === 'network' ? html`<li class="quiet">${visibilityLabel('network')}</li>` : nothing}
    ${learning.visibility === 'public' && showPublic ? html`<li>${visibilityLabel('public')}</li>` : nothing}
    ${learning.status !== 'visible' ? html`<li class="quiet">${statusLabel(learning.status)}</li>` : nothing}
  `;
}
