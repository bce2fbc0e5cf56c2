import { css } from 'lit';

/**
 * The words of a post or a reply, as the server renders them from Markdown (CommonMark: no tables, images turned
 * into links). Long links and code wrap rather than widen the page past 320 pixels or make a region that only a
 * mouse can scroll.
 */
export const bodyStyles = css`
  .body {
    overflow-wrap: anywhere;
  }

  .body > :first-child {
    margin-top: 0;
  }

  .body > :last-child {
    margin-bottom: 0;
  }

  .body p,
  .body ul,
  .body ol,
  .body blockquote,
  .body pre {
    margin: 0 0 var(--hrw-space-s);
  }

  .body blockquote {
    padding-left: var(--hrw-space-m);
    border-left: 4px solid var(--hrw-color-border);
  }

  .body pre {
    white-space: pre-wrap;
    padding: var(--hrw-space-s);
    border-radius: var(--hrw-radius);
    background: var(--hrw-color-bg);
  }
`;
