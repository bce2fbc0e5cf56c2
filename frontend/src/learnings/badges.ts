import { html, nothing } from 'lit';
import type { LearningSummary } from '../api/learnings.js';
import { ANSWERED_LABELS, ASKED_STEWARDS_LABEL, KIND_LABELS, STATUS_LABELS, VISIBILITY_LABELS } from './labels.js';

/**
 * The items of a post's "About this post" badge list: its kind, whether a question is answered, whether it asks
 * HRH413, "Network only", and any status but visible. `showPublic` also says "Public", where the post is read.
 */
export function learningBadges(learning: LearningSummary, showPublic = false) {
  const question = learning.kind === 'question';
  return html`
    <li>${KIND_LABELS[learning.kind]}</li>
    ${question
      ? html`<li class=${learning.answered ? '' : 'quiet'}>
          ${learning.answered ? ANSWERED_LABELS.answered : ANSWERED_LABELS.unanswered}
        </li>`
      : nothing}
    ${learning.askStewards ? html`<li>${ASKED_STEWARDS_LABEL}</li>` : nothing}
    ${learning.visibility === 'network' ? html`<li class="quiet">${VISIBILITY_LABELS.network}</li>` : nothing}
    ${learning.visibility === 'public' && showPublic ? html`<li>${VISIBILITY_LABELS.public}</li>` : nothing}
    ${learning.status !== 'visible' ? html`<li class="quiet">${STATUS_LABELS[learning.status]}</li>` : nothing}
  `;
}
