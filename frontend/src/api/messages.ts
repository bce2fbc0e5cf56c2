import { ApiError } from './client.js';

/** A failed call in plain words for the page, keeping the server's own explanation where it gives one. */
export function plainMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'Something went wrong on this page. Reloading it usually helps.';
  }
  if (error.isUnavailable) {
    return 'We could not reach the server just now. Check the connection, then try again.';
  }
  if (error.status === 401) {
    return 'Your sign-in has ended. Sign in again, then try once more; what you typed is still here.';
  }
  if (error.status === 403) {
    return 'This needs a steward’s account.';
  }
  return error.detail ?? error.title;
}
