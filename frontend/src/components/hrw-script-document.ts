import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ScriptDocument } from '../api/script.js';
import './hrw-script-section.js';

/** The sections of a script document (published, or a steward's preview), one after another. */
export class HrwScriptDocument extends LitElement {
  static override properties = {
    document: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = css`
    :host {
      display: block;
    }

    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li {
      padding: var(--hrw-space-l) 0;
      border-top: 1px solid var(--hrw-color-border);
    }

    li:first-child {
      border-top: 0;
      padding-top: 0;
    }

    @media print {
      li {
        padding: 10pt 0;
        border-top: 0.5pt solid #999;
      }
    }
  `;

  declare document: ScriptDocument | null;
  declare headingLevel: 2 | 3;

  constructor() {
    super();
    this.document = null;
    this.headingLevel = 2;
  }

  protected override render() {
    const script = this.document;
    if (!script) {
      return html``;
    }
    return html`
      <ol lang=${script.language}>
        ${repeat(
          script.sections,
          (section) => section.key,
          (section) => html`
            <li>
              <hrw-script-section
                .section=${section}
                .language=${script.language}
                .showAudience=${script.meeting === undefined}
                .headingLevel=${this.headingLevel}
              ></hrw-script-section>
            </li>
          `,
        )}
      </ol>
    `;
  }
}

customElements.define('hrw-script-document', HrwScriptDocument);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-script-document': HrwScriptDocument;
  }
}
