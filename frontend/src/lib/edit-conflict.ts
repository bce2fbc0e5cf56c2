import { msg } from '@lit/localize';
import { html } from 'lit';

/**
 * What an edit form shows when someone else saved the same thing first (the server answered 409). Nothing typed is
 * lost: the person loads the saved version or keeps theirs and saves it over. Focusable, so the form can move focus
 * to it and a screen reader reads it out.
 */
export function editConflictAlert(message: string, choices: { loadTheirs: () => void; keepMine: () => void }) {
  return html`<div class="alert" role="alert" tabindex="-1">
    <p>${message}</p>
    <p class="row">
      <button type="button" @click=${choices.loadTheirs}>${msg('Load their version')}</button>
      <button type="button" class="secondary" @click=${choices.keepMine}>${msg('Keep my version and save it')}</button>
    </p>
  </div>`;
}
