import { css, html, type TemplateResult } from 'lit';

const JOINED = 'Works-HRW';

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
