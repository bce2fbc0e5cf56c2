import { css } from 'lit';

/** The document's box-sizing rule does not cross into shadow roots, so every element brings its own. */
const boxSizing = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** Links and keyboard focus, shared by every element that renders links or buttons. */
export const interactiveStyles = css`
  ${boxSizing}

  a {
    color: var(--hrw-color-accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  a:hover {
    color: var(--hrw-color-accent-strong);
    text-decoration-thickness: 2px;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--hrw-color-focus);
    outline-offset: 3px;
    border-radius: 2px;
  }

  button {
    font: inherit;
    font-size: var(--hrw-text-s);
    font-weight: 600;
    line-height: 1.2;
    min-height: 2.75rem;
    padding: 0.6rem 1.1rem;
    border-radius: var(--hrw-radius);
    border: 2px solid var(--hrw-color-accent);
    background: var(--hrw-color-accent);
    color: var(--hrw-color-on-accent);
    cursor: pointer;
  }

  button:hover {
    background: var(--hrw-color-accent-strong);
    border-color: var(--hrw-color-accent-strong);
  }

  button.secondary {
    background: transparent;
    color: var(--hrw-color-accent);
  }

  button.secondary:hover {
    background: var(--hrw-color-accent-soft);
    color: var(--hrw-color-accent-strong);
  }

  button[disabled] {
    cursor: progress;
    opacity: 0.75;
  }
`;

/** Readable long-form text for pages: one comfortable column, generous rhythm. */
export const pageStyles = css`
  ${boxSizing}

  :host {
    display: block;
    max-width: var(--hrw-measure);
  }

  h1 {
    font-size: var(--hrw-text-2xl);
    line-height: 1.15;
    letter-spacing: -0.015em;
    margin: 0 0 var(--hrw-space-m);
  }

  h1:focus {
    outline: none;
  }

  h2 {
    font-size: var(--hrw-text-xl);
    line-height: 1.25;
    margin: var(--hrw-space-xl) 0 var(--hrw-space-s);
  }

  h3 {
    font-size: var(--hrw-text-l);
    line-height: 1.3;
    margin: var(--hrw-space-l) 0 var(--hrw-space-xs);
  }

  p,
  ul,
  ol {
    margin: 0 0 var(--hrw-space-m);
  }

  li + li {
    margin-top: var(--hrw-space-xs);
  }

  .lead {
    font-size: var(--hrw-text-l);
    color: var(--hrw-color-muted);
  }

  .callout {
    margin: var(--hrw-space-l) 0;
    padding: var(--hrw-space-m) var(--hrw-space-m);
    border-left: 4px solid var(--hrw-color-accent);
    background: var(--hrw-color-accent-soft);
    border-radius: 0 var(--hrw-radius) var(--hrw-radius) 0;
  }

  .callout p:last-child {
    margin-bottom: 0;
  }

  .callout strong {
    font-weight: 700;
  }
`;
