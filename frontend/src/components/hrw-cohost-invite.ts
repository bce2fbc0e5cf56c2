import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { joinPath, type Invitation } from '../api/groups.js';
import { NAME_PREFIX } from '../groups/group-form.js';
import { HostActionEvent } from '../groups/host-actions.js';
import { formatDate } from '../i18n/format.js';
import { interactiveStyles } from '../styles/shared.js';

/** "Tue, Dec 8, 7:00 PM" ("mar, 8 dic, 7:00 p.m.") in the host's own time. */
function expiry(expiresAt: string): string {
  return formatDate(new Date(expiresAt), { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/**
 * What the inviting host sends: the link that opens the join page with the code filled in, and the page and code
 * apart, for a message app that breaks links or a person who reads it out. In the host's language, which is the one
 * the app is shown in.
 */
export function invitationMessage(groupName: string, invitation: Invitation, origin: string): string {
  const page = `${origin}${joinPath()}`;
  const link = `${origin}${joinPath(invitation.code)}`;
  const code = invitation.code;
  const until = expiry(invitation.expiresAt);
  return msg(
    str`You are invited to co-host ${groupName}. Open ${link} and sign in, or create an account, to accept. If the link does not open, go to ${page} and enter the code ${code}. The code works once, until ${until}.`,
  );
}

/**
 * Invite a co-host: asks for a one-time code (`hrw-host-action`), then shows the code the page was given, how to
 * pass it on privately, and when it stops working.
 */
export class HrwCohostInvite extends LitElement {
  static override properties = {
    invitation: { attribute: false },
    groupName: { attribute: false },
    busy: { type: Boolean },
    copied: { state: true },
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

      .message {
        padding: var(--hrw-space-s) var(--hrw-space-m);
        border-left: 4px solid var(--hrw-color-border);
        overflow-wrap: anywhere;
        user-select: all;
      }
    `,
  ];

  declare invitation: Invitation | null;
  declare groupName: string;
  declare busy: boolean;
  /** What became of the last "Copy the message", said in the status line beside it. */
  declare copied: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.invitation = null;
    this.groupName = '';
    this.busy = false;
    this.copied = '';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('invitation')) {
      this.copied = '';
    }
  }

  protected override render() {
    const invitation = this.invitation;
    return html`
      <p>
        ${msg('Someone you trust can help keep the listing, the meeting log and the plan. Invite them with a one-time code: it makes whoever uses it a host of this group, so give it only to them.')}
      </p>
      ${invitation ? this.#renderInvitation(invitation) : nothing}
      <p>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.dispatchEvent(new HostActionEvent({ kind: 'invite' }))}>
          ${invitation ? msg('Make another code') : msg('Invite a co-host')}
        </button>
      </p>
    `;
  }

  #renderInvitation(invitation: Invitation) {
    const page = `${window.location.origin}${joinPath()}`;
    const until = expiry(invitation.expiresAt);
    return html`<p>${msg('Their code:')}</p>
      <p><code class="code" id="invite-code">${invitation.code}</code></p>
      <p>
        ${msg(html`Pass it on in person or in a private message, not in a group chat. They enter it at <a href=${joinPath()}>${page}</a>, signed in to ${NAME_PREFIX} with their own account (the page helps them make one). It works once, until ${until}.`)}
      </p>
      <p>${msg('A message you can send them, with a link that fills the code in:')}</p>
      <p class="message" id="invite-message">${invitationMessage(this.#groupName, invitation, window.location.origin)}</p>
      ${navigator.clipboard
        ? html`<p><button type="button" class="secondary" @click=${() => void this.#copy(invitation)}>${msg('Copy the message')}</button></p>`
        : nothing}
      <p role="status" id="copy-status">${this.copied}</p>`;
  }

  /** The group's name, or words for it when the page has not said it. */
  get #groupName(): string {
    return this.groupName || msg(str`our ${NAME_PREFIX} group`);
  }

  async #copy(invitation: Invitation): Promise<void> {
    try {
      await navigator.clipboard.writeText(invitationMessage(this.#groupName, invitation, window.location.origin));
      this.copied = msg('Copied. Paste it into a private message to them.');
    } catch {
      this.copied = msg('This browser did not let us copy it. Press on the message to select it, then copy it yourself.');
    }
  }
}

customElements.define('hrw-cohost-invite', HrwCohostInvite);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-cohost-invite': HrwCohostInvite;
  }
}
