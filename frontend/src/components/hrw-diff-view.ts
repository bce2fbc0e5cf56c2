import { LitElement, css, html, nothing } from 'lit';
import { parseUnifiedDiff, type DiffLine } from '../script/unified-diff.js';
import { interactiveStyles } from '../styles/shared.js';

const MARKERS: Record<DiffLine['kind'], { sign: string; spoken: string }> = {
  added: { sign: '+', spoken: 'Added: ' },
  removed: { sign: '−', spoken: 'Removed: ' },
  context: { sign: '', spoken: '' },
};

/**
 * A unified diff of a section's text, as lines marked added or removed. Each line carries a "+" or "−" and, for
 * screen readers, the word, so nothing depends on colour.
 */
export class HrwDiffView extends LitElement {
  static override properties = {
    diff: {},
    language: {},
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
      }

      ol {
        margin: 0 0 var(--hrw-space-s);
        padding: 0;
        list-style: none;
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        overflow: hidden;
        background: var(--hrw-color-surface);
      }

      li {
        display: flex;
        gap: 0.6rem;
        padding: 0.35rem 0.75rem;
        font-size: var(--hrw-text-s);
        line-height: 1.5;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      li + li {
        border-top: 1px solid var(--hrw-color-border);
      }

      .sign {
        flex: none;
        width: 1ch;
        font-weight: 700;
      }

      .added {
        background: var(--hrw-color-added-bg);
        color: var(--hrw-color-added-text);
      }

      .removed {
        background: var(--hrw-color-removed-bg);
        color: var(--hrw-color-removed-text);
        text-decoration: line-through;
        text-decoration-thickness: 1px;
      }

      .removed .sign {
        text-decoration: none;
      }

      .context {
        color: var(--hrw-color-muted);
      }

      .gap {
        margin: 0 0 var(--hrw-space-s);
        font-size: var(--hrw-text-s);
        color: var(--hrw-color-muted);
      }
    `,
  ];

  declare diff: string;
  declare language: string;

  constructor() {
    super();
    this.diff = '';
    this.language = 'en';
  }

  protected override render() {
    const hunks = parseUnifiedDiff(this.diff);
    return hunks.map(
      (hunk, index) => html`
        ${index > 0 ? html`<p class="gap">… unchanged lines left out …</p>` : nothing}
        <ol>
          ${hunk.lines.map((line) => {
            const marker = MARKERS[line.kind];
            return html`<li class=${line.kind}>
              <span class="sign" aria-hidden="true">${marker.sign}</span>
              <span>${marker.spoken ? html`<span class="visually-hidden">${marker.spoken}</span>` : nothing}<span
                  lang=${this.language}
                  >${line.text === '' ? ' ' : line.text}</span
                ></span>
            </li>`;
          })}
        </ol>
      `,
    );
  }
}

customElements.define('hrw-diff-view', HrwDiffView);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-diff-view': HrwDiffView;
  }
}
