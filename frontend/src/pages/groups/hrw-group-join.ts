import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { ApiError } from '../../api/client.js';
import {
  INVITATION_EXPIRED,
  INVITATION_USED,
  groupPath,
  joinAsCoHost,
  joinPath,
  type Group,
} from '../../api/groups.js';
import { meetingsPath } from '../../api/meetings.js';
import { NAME_PREFIX } from '../../groups/group-form.js';
import { plainMessage } from '../../api/messages.js';
import { isScriptLanguage } from '../../api/script.js';
import { session } from '../../auth/session.js';
import { AccountController } from '../../lib/account-controller.js';
import { rememberGroup } from '../../lib/chosen-group.js';
import { router } from '../../router.js';
import { hostPath } from '../../script/script-view.js';
import { formStyles, interactiveStyles, pageStyles } from '../../styles/shared.js';

/** A failed redemption in plain words: each says what the person can do next. */
export function joinProblemInWords(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 404) {
      return msg('We do not recognise that code. Check it against the one you were given (24 letters and numbers), or ask the host for a new one.');
    }
    if (error.type === INVITATION_USED) {
      return msg('That code has already been used. Each code works once, so ask the host to make you a new one.');
    }
    if (error.type === INVITATION_EXPIRED || error.status === 410) {
      return msg('That code has expired: codes work for seven days. Ask the host to make you a new one.');
    }
    if (error.status === 400) {
      return msg('That does not look like a co-host code. It is 24 letters and numbers; copy it again from the message you were sent.');
    }
  }
  return plainMessage(error);
}

/** The code from the address ("/groups/join?code=…"), as given: the server forgives spaces and capitals. */
export function codeFromAddress(search: string): string {
  return new URLSearchParams(search).get('code')?.trim() ?? '';
}

interface Joined {
  group: Group;
  /** They hosted it before: the code was left unused for the person it was meant for. */
  already: boolean;
}

/**
 * "/groups/join": where someone a host invited enters their one-time co-host code. Signed out, it explains and
 * sends them to sign in or create an account, coming back here with the code from the link kept. Signed in, one
 * field; on success it names the group and links to where hosts work.
 */
export class HrwGroupJoin extends LitElement {
  static override properties = {
    code: { state: true },
    error: { state: true },
    busy: { state: true },
    joined: { state: true },
  };

  static override styles = [
    pageStyles,
    interactiveStyles,
    formStyles,
    css`
      :host {
        max-width: 40rem;
      }

      input#code {
        font-family: ui-monospace, monospace;
        letter-spacing: 0.05em;
      }

      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hrw-space-s);
        margin: 0 0 var(--hrw-space-m);
        padding: 0;
        list-style: none;
      }

      .actions > li + li {
        margin-top: 0;
      }

      h2:focus {
        outline: none;
      }
    `,
  ];

  declare code: string;
  declare error: string | null;
  declare busy: boolean;
  declare joined: Joined | null;

  readonly #account = new AccountController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.code = codeFromAddress(window.location.search);
    this.error = null;
    this.busy = false;
    this.joined = null;
  }

  protected override render() {
    const account = this.#account.state;
    return html`
      <h1>${msg('Become a co-host')}</h1>
      ${this.joined
        ? this.#renderJoined(this.joined)
        : account.status === 'busy'
          ? html`<p role="status">${msg('Checking who you are…')}</p>`
          : account.status === 'signed-in'
            ? this.#renderForm()
            : this.#renderSignedOut()}
    `;
  }

  #renderSignedOut() {
    const back = joinPath(this.code || undefined);
    return html`
      <p class="lead">
        ${msg(str`A host of a ${NAME_PREFIX} group can ask you to help keep their group: its listing, its meeting log and its plan. They give you a one-time code, and you use it here.`)}
      </p>
      <p>
        ${msg('You need your own account for that, so that you can sign in as yourself each week. Sign in, or create an account if you do not have one yet; it asks only for a name, an email address and a password.')}
        ${this.code ? msg('You come straight back here with your code filled in.') : msg('You come straight back here.')}
      </p>
      <ul class="actions">
        <li><button type="button" @click=${() => void session.signIn(back)}>${msg('Sign in to continue')}</button></li>
        <li><button type="button" class="secondary" @click=${() => void session.register(back)}>${msg('Create an account')}</button></li>
      </ul>
    `;
  }

  #renderForm() {
    return html`
      <p class="lead">
        ${msg('Enter the code a host of the group gave you. You will be able to keep the listing, the meeting log and the plan with them.')}
      </p>
      <form novalidate @submit=${this.#submit}>
        <div class="field">
          <label for="code">${msg('Your co-host code')}</label>
          <p class="hint" id="code-hint">${msg('24 letters and numbers. Spaces and capitals do not matter.')}</p>
          <input
            id="code"
            name="code"
            type="text"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            maxlength="64"
            .value=${this.code}
            aria-describedby=${this.error ? 'code-hint code-error' : 'code-hint'}
            aria-invalid=${this.error ? 'true' : 'false'}
            @input=${this.#typed}
          />
          ${this.error ? html`<p class="field-error" id="code-error" role="alert">${this.error}</p>` : nothing}
        </div>
        <p><button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Checking the code…') : msg('Become a co-host')}</button></p>
      </form>
    `;
  }

  #renderJoined({ group, already }: Joined) {
    const lang = group.languages.find(isScriptLanguage) ?? 'en';
    return html`
      <div class="alert success" role="status">
        <h2 id="joined" tabindex="-1">${already ? msg(str`You already host ${group.name}`) : msg(str`You now co-host ${group.name}`)}</h2>
        <p>
          ${already
            ? msg('Nothing changed, and the code was not used up: it still works for the person it was meant for.')
            : msg('Welcome. The group’s page now shows you what only its hosts see: the week’s jobs, host mode, the log and the plan.')}
        </p>
      </div>
      <ul class="actions">
        <li><a class="button-link" href=${groupPath(group.slug)}>${msg('Go to the group’s page')}</a></li>
        <li><a class="button-link" href=${hostPath({ meeting: group.format, lang, group: group.slug })}>${msg('Open host mode')}</a></li>
        <li><a href=${meetingsPath(group.slug)}>${msg('Meeting log and planning')}</a></li>
      </ul>
    `;
  }

  #typed = (event: Event): void => {
    this.code = (event.target as HTMLInputElement).value;
    this.error = null;
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy) {
      return;
    }
    if (this.code.trim() === '') {
      await this.#fail(msg('Enter the code you were given. It is 24 letters and numbers.'));
      return;
    }
    this.busy = true;
    this.error = null;
    const hostedBefore = this.#account.state.hosts;
    try {
      const group = await joinAsCoHost(this.code);
      this.joined = { group, already: hostedBefore.some((hosted) => hosted.slug === group.slug) };
      // Host mode opens on the group they just joined; the code leaves the address bar and the history entry.
      rememberGroup(group.slug);
      router.rewrite(joinPath());
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#joined')?.focus();
    } catch (error) {
      await this.#fail(joinProblemInWords(error));
    } finally {
      this.busy = false;
    }
  };

  async #fail(message: string): Promise<void> {
    this.error = message;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
  }
}

customElements.define('hrw-group-join', HrwGroupJoin);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-group-join': HrwGroupJoin;
  }
}
