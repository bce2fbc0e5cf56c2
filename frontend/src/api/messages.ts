import { msg } from '@lit/localize';
import { ApiError } from './client.js';

/**
 * A failed call in plain words for the page, keeping the server's own explanation where it gives one: the server
 * writes it in the app's language (the request's Accept-Language), so it is shown as it comes.
 */
export function plainMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return msg('Something went wrong on this page. Reloading it usually helps.');
  }
  if (error.isUnavailable) {
    return msg('We could not reach the server just now. Check the connection, then try again.');
  }
  if (error.status === 401) {
    return msg('Your sign-in has ended. Sign in again, then try once more; what you typed is still here.');
  }
  if (error.status === 403) {
    return msg('This needs a steward’s account.');
  }
  return error.detail ?? error.title;
}
