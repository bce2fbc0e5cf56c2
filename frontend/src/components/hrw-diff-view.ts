import { LitElement, css, html, nothing } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { parseUnifiedDiff, type DiffLine } from '../script/unified-diff.js';
import { interactiveStyles } from '../styles/shared.js';

/** The sign seen, and the word a screen reader says before the line (in the app's language). */
function marker(kind: DiffLine['kind']): { sign: string; spoken: string } {
  switch (kind) {
    case 'added':
      return { sign: '+', spoken: msg('Added:', { desc: 'Read out before a line added to the script’s text' }) };
    case 'removed':
      return { sign: '−', spoken: msg('Removed:', { desc: 'Read out before a line taken out of the script’s text' }) };
    default:
      return { sign: '', spoken: '' };
  }
}

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
    updateWhenLocaleChanges(this);
    this.diff = '';
    this.language = 'en';
  }

  protected override render() {
    const hunks = parseUnifiedDiff(this.diff);
    return hunks.map(
      (hunk, index) => html`
        ${index > 0 ? html`<p class="gap">${msg('… unchanged lines left out …')}</p>` : nothing}
        <ol>
          ${hunk.lines.map((line) => {
            const { sign, spoken } = marker(line.kind);
            return html`<li class=${line.kind}>
              <span class="sign" aria-hidden="true">${sign}</span>
              <span>${spoken ? html`<span class="visually-hidden">${spoken} </span>` : nothing}<span
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
