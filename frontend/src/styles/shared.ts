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

  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }

  /*
   * A link on a line of its own (a way back, a list of downloads, a topic) gets a hit area a finger finds, 44 px
   * tall, without looking any different. Links inside a sentence keep the sentence's line.
   */
  a.standalone,
  .standalone-links a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }

  /* A link that starts something (host mode) looks like a button but stays a link. */
  a.button-link {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.6rem 1.1rem;
    border-radius: var(--hrw-radius);
    border: 2px solid var(--hrw-color-accent);
    background: var(--hrw-color-accent);
    color: var(--hrw-color-on-accent);
    font-size: var(--hrw-text-s);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
  }

  a.button-link:hover {
    background: var(--hrw-color-accent-strong);
    border-color: var(--hrw-color-accent-strong);
    color: var(--hrw-color-on-accent);
  }

  /*
   * A status that is in the page from the start and empty until there is news: screen readers often stay silent
   * about a live region that arrives already holding its words. Empty, it takes no room.
   */
  .live-note:empty {
    margin: 0;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media print {
    .no-print {
      display: none !important;
    }
  }
`;

/** Labelled fields, hints, and the messages that explain what needs another look. */
export const formStyles = css`
  label,
  .label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.3rem;
  }

  .field {
    margin: 0 0 var(--hrw-space-m);
  }

  .hint {
    margin: 0 0 0.4rem;
    font-size: var(--hrw-text-s);
    color: var(--hrw-color-muted);
  }

  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    font: inherit;
    font-size: var(--hrw-text-m);
    padding: 0.55rem 0.7rem;
    border: 2px solid var(--hrw-color-muted);
    border-radius: var(--hrw-radius);
    background: var(--hrw-color-surface);
    color: var(--hrw-color-text);
  }

  input[type='number'] {
    max-width: 8rem;
  }

  /*
   * flex: none because a radio or checkbox usually sits in a flex row beside its label, and a label long enough to
   * wrap would otherwise squeeze it to about 13 px. :where() keeps this a default that a component can restyle
   * (the meeting log's tiles hide theirs under the tile).
   */
  input:where([type='radio'], [type='checkbox']) {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--hrw-color-accent);
  }

  textarea {
    min-height: 10rem;
    line-height: 1.5;
    resize: vertical;
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--hrw-color-focus);
    outline-offset: 2px;
  }

  [aria-invalid='true'] {
    border-color: var(--hrw-color-error) !important;
  }

  .field-error {
    margin: 0.35rem 0 0;
    font-size: var(--hrw-text-s);
    font-weight: 600;
    color: var(--hrw-color-error);
  }

  .field-error::before {
    content: '⚠ ';
  }

  .alert {
    margin: 0 0 var(--hrw-space-m);
    padding: var(--hrw-space-s) var(--hrw-space-m);
    border-left: 4px solid var(--hrw-color-notice-border);
    background: var(--hrw-color-notice-bg);
    border-radius: 0 var(--hrw-radius) var(--hrw-radius) 0;
  }

  .alert p {
    margin: 0 0 var(--hrw-space-xs);
  }

  .alert p:last-child {
    margin-bottom: 0;
  }

  .success {
    border-left-color: var(--hrw-color-accent);
    background: var(--hrw-color-accent-soft);
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hrw-space-xs) var(--hrw-space-s);
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

  h1:focus,
  h2[tabindex="-1"]:focus {
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

/**
 * A page that searches a list (groups, exercises, posts): the search box, the results one per rule-divided row, and
 * the small print near them.
 */
export const searchPageStyles = css`
  .search {
    padding: var(--hrw-space-m);
    border: 1px solid var(--hrw-color-border);
    border-radius: var(--hrw-radius);
    background: var(--hrw-color-surface);
  }

  .results {
    margin: var(--hrw-space-l) 0 var(--hrw-space-m);
    padding: 0;
    list-style: none;
  }

  .results li {
    border-top: 1px solid var(--hrw-color-border);
  }

  .results li + li {
    margin-top: 0;
  }

  .small {
    font-size: var(--hrw-text-s);
    color: var(--hrw-color-muted);
  }

  .feed {
    margin-top: var(--hrw-space-xl);
  }
`;

/** Short facts as pills ("Reading", "20 minutes"); `.quiet` for a state worth noticing, like "Waiting for a steward". */
export const badgeStyles = css`
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0 0 var(--hrw-space-s);
    padding: 0;
    list-style: none;
  }

  .badges li {
    margin: 0;
    padding: 0 0.55rem;
    border-radius: 999px;
    border: 1px solid var(--hrw-color-accent);
    font-size: var(--hrw-text-s);
    font-weight: 600;
  }

  .badges .quiet {
    border-color: var(--hrw-color-notice-border);
    background: var(--hrw-color-notice-bg);
  }
`;
