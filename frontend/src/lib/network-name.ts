import { css, html, type TemplateResult } from 'lit';

/** The network asks that its name is always written this way; every group's name starts with it. */
export const NETWORK_NAME = 'Harm Reduction Works-HRW';

const JOINED = 'Works-HRW';

/**
 * The part of a group's name that tells it from the others, its place ("Northampton (example)"). Where a narrow
 * control can show only the start of a name, such as an option in a select, every group would otherwise read
 * "Harm Reduction Works-HRW …". Use it only where the full name is said nearby (a label, a confirmation).
 */
export function groupPlace(name: string): string {
  return name.startsWith(NETWORK_NAME) ? name.slice(NETWORK_NAME.length).trim() : name;
}

/**
 * Browsers may break a line after a hyphen, which on a narrow phone splits the network's name in two
 * ("Harm Reduction Works-" / "HRW Northampton"). Group names start with it, so where they are shown large this
 * keeps "Works-HRW" on one line; the text itself (for copying, search and screen readers) is unchanged. Components
 * that use it add {@link networkNameStyles} to their styles.
 */
export function keepNetworkNameTogether(name: string): TemplateResult | string {
  const at = name.indexOf(JOINED);
  if (at < 0) {
    return name;
  }
  const rest = name.slice(at + JOINED.length);
  return html`${name.slice(0, at)}<span class="network-name">${JOINED}</span>${rest}`;
}

export const networkNameStyles = css`
  .network-name {
    white-space: nowrap;
  }
`;
