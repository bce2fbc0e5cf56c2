import type { HostedGroup } from '../api/me.js';

/**
 * The last account the backend confirmed in this tab: who it was (the identity provider's subject), the name to
 * greet and the groups they host. With it, host mode can go on saying who is signed in, and for which group, when
 * the network drops in the middle of a meeting and the backend cannot be asked.
 *
 * Kept in sessionStorage beside the tokens oidc-client-ts keeps there, for the same reasons: it ends when the tab is
 * closed, so on a shared device (a drop-in centre's tablet, a borrowed phone) the next person to open the browser
 * finds nobody's name or groups; it is never shared with other tabs; and it is useless without the sign-in it
 * belongs to, so it should not outlive it. Sign-out forgets it at once.
 */
export interface KnownAccount {
  subject: string;
  displayName: string;
  steward: boolean;
  hosts: HostedGroup[];
}

const KEY = 'hrw-known-account';

export function rememberAccount(account: KnownAccount, storage: Storage = window.sessionStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(account));
  } catch {
    // Storage off: offline, the host will simply appear signed out, as before.
  }
}

/** The account last confirmed for `subject`, or null (another person's, none, or unreadable). */
export function knownAccount(subject: string, storage: Storage = window.sessionStorage): KnownAccount | null {
  let value: unknown;
  try {
    const raw = storage.getItem(KEY);
    value = raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
  if (!isRecord(value) || value.subject !== subject || typeof value.displayName !== 'string' || !Array.isArray(value.hosts)) {
    return null;
  }
  const hosts = value.hosts.filter(
    (group): group is HostedGroup =>
      isRecord(group) && typeof group.slug === 'string' && typeof group.name === 'string' && typeof group.timeZone === 'string',
  );
  return { subject, displayName: value.displayName, steward: value.steward === true, hosts };
}

export function forgetKnownAccount(storage: Storage = window.sessionStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
