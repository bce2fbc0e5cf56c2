export const CALLBACK_PATH = '/auth/callback';

/**
 * The path to come back to after signing in. Only a path on this site is accepted, so a crafted state can never
 * send someone elsewhere, and never the callback itself, which would loop.
 */
export function safeReturnPath(value: unknown, origin: string = window.location.origin): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin || url.pathname === CALLBACK_PATH) {
    return '/';
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
