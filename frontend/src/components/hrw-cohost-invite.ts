import { LitElement, css, html, nothing } from 'lit';
import type { Invitation } from '../api/groups.js';
import { HostActionEvent } from '../groups/host-actions.js';
import { interactiveStyles } from '../styles/shared.js';

/** "Tue, Dec 8, 7:00 PM" in the host's own time. */
function expiry(expiresAt: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(expiresAt));
}

/**
 * Invite a co-host: asks for a one-time code (`hrw-host-action`), then shows the code the page was given, how to
 * pass it on privately, and when it stops working.
 */
export class HrwCohostInvite extends LitElement {
  static override properties = {
    invitation: { attribute: false },
    busy: { type: Boolean },
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
      }

      p {
        margin: 0 0 var(--hrw-space-s);
      }

      .code {
        display: inline-block;
        padding: var(--hrw-space-xs) var(--hrw-space-s);
        border: 2px dashed var(--hrw-color-accent);
        border-radius: var(--hrw-radius);
        font-family: ui-monospace, monospace;
        font-size: 1.15rem;
        letter-spacing: 0.05em;
        overflow-wrap: anywhere;
        user-select: all;
      }
    `,
  ];

  declare invitation: Invitation | null;
  declare busy: boolean;

  constructor() {
    super();
    this.invitation = null;
    this.busy = false;
  }

  protected override render() {
    const invitation = this.invitation;
    return html`
      <p>
        Someone you trust can help keep the listing, the meeting log and the plan. Invite them with a one-time code: it
        makes whoever uses it a host of this group, so give it only to them.
      </p>
      ${invitation
        ? html`<p>Their code:</p>
            <p><code class="code" id="invite-code">${invitation.code}</code></p>
            <p>
              Pass it on in person or in a private message, not in a group chat. They use it signed in to Harm Reduction
              Works-HRW with their own account. It works once, until ${expiry(invitation.expiresAt)}.
            </p>`
        : nothing}
      <p>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.dispatchEvent(new HostActionEvent({ kind: 'invite' }))}>
          ${invitation ? 'Make another code' : 'Invite a co-host'}
        </button>
      </p>
    `;
  }
}

customElements.define('hrw-cohost-invite', HrwCohostInvite);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-cohost-invite': HrwCohostInvite;
  }
}
