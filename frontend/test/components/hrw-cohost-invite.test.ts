import { afterEach, describe, expect, it, vi } from 'vitest';
import { invitationMessage } from '../../src/components/hrw-cohost-invite.js';
import { showLocale } from '../../src/i18n/locale.js';
import type { HrwCohostInvite } from '../../src/components/hrw-cohost-invite.js';

const INVITATION = { code: '0a1b2c3d4e5f60718293a4b5', expiresAt: '2026-12-12T14:30:00Z' };
const NAME = 'Harm Reduction Works-HRW Northampton (example)';

function words(element: Element | ShadowRoot | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function settle(element: HrwCohostInvite) {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function render(clipboard: { writeText: (text: string) => Promise<void> } | undefined): Promise<HrwCohostInvite> {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  const invite = document.createElement('hrw-cohost-invite');
  invite.groupName = NAME;
  invite.invitation = INVITATION;
  document.body.append(invite);
  await settle(invite);
  return invite;
}

function copyButton(invite: HrwCohostInvite): HTMLButtonElement | undefined {
  return [...invite.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Copy the message');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the co-host invitation', () => {
  it('writes a message with the link that fills the code in, and the page and code apart', () => {
    const message = invitationMessage(NAME, INVITATION, 'https://hub.example.org');
    expect(message).toMatch(
      new RegExp(
        '^You are invited to co-host Harm Reduction Works-HRW Northampton \\(example\\)\\. ' +
          'Open https://hub\\.example\\.org/groups/join\\?code=0a1b2c3d4e5f60718293a4b5 and sign in, or create an account, to accept\\. ' +
          'If the link does not open, go to https://hub\\.example\\.org/groups/join and enter the code 0a1b2c3d4e5f60718293a4b5\\. ' +
          'The code works once, until Sat, Dec 12, \\d+:30 [AP]M\\.$',
      ),
    );
  });

  it('names the join page and shows the message to send', async () => {
    const invite = await render(undefined);
    const root = invite.shadowRoot!;
    const link = root.querySelector<HTMLAnchorElement>('a[href="/groups/join"]');
    expect(words(link)).toBe(`${window.location.origin}/groups/join`);
    expect(words(root.querySelector('#invite-message'))).toBe(invitationMessage(NAME, INVITATION, window.location.origin));
    // No clipboard (an insecure address): no button that cannot work; the message can still be selected.
    expect(copyButton(invite)).toBeUndefined();
  });

  it('copies the message and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    const invite = await render({ writeText });
    copyButton(invite)!.click();
    await settle(invite);
    expect(writeText).toHaveBeenCalledWith(invitationMessage(NAME, INVITATION, window.location.origin));
    expect(words(invite.shadowRoot!.querySelector('#copy-status'))).toBe('Copied. Paste it into a private message to them.');

    // A new code clears the note about the old one.
    invite.invitation = { ...INVITATION, code: 'ffffffffffffffffffffffff' };
    await settle(invite);
    expect(words(invite.shadowRoot!.querySelector('#copy-status'))).toBe('');
  });

  it('says what to do when the browser refuses to copy', async () => {
    const invite = await render({ writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    copyButton(invite)!.click();
    await settle(invite);
    expect(words(invite.shadowRoot!.querySelector('#copy-status'))).toBe(
      'This browser did not let us copy it. Press on the message to select it, then copy it yourself.',
    );
  });

  it('writes the message and the expiry in Spanish when the app is in Spanish', async () => {
    await showLocale('es', { remember: false });
    try {
      const message = invitationMessage(NAME, INVITATION, 'https://hub.example.org');
      expect(message).toMatch(/^Te invitamos a ser coanfitrión o coanfitriona de Harm Reduction Works-HRW Northampton \(example\)\. /);
      expect(message).toMatch(/el código 0a1b2c3d4e5f60718293a4b5\. El código sirve una sola vez, hasta el sáb, 12 (de )?dic\.?,? \d+:30 [ap]\.\s?m\.\.$/);
      const invite = await render(undefined);
      expect(words(invite.shadowRoot!.querySelector('p'))).toMatch(/^Alguien de tu confianza/);
      expect(words(invite.shadowRoot!.querySelector('#invite-message'))).toBe(invitationMessage(NAME, INVITATION, window.location.origin));
    } finally {
      await showLocale('en', { remember: false });
    }
  });
});
