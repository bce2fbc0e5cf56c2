/**
 * A page that needs the whole screen (host mode, read from a phone in a meeting) asks the app shell to put its
 * header aside while the page is open. The shell listens for this event from its current page and brings the
 * header back on the next navigation, so the page does not have to say when it is done.
 */
export const HEADER_ASIDE_EVENT = 'hrw-header-aside';

export function askHeaderToStepAside(page: HTMLElement): void {
  page.dispatchEvent(new CustomEvent(HEADER_ASIDE_EVENT, { bubbles: true, composed: true }));
}
