import { LitElement, css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ScriptLanguage, ScriptSection } from '../api/script.js';
import { scriptWords, sectionMeta } from '../script/labels.js';
import { interactiveStyles } from '../styles/shared.js';

/**
 * One section of the script: its title, what kind it is and how long it takes, and its text. Notes for the host
 * are set apart and labelled, so nobody reads them aloud by mistake. The text is the server's sanitised HTML.
 */
export class HrwScriptSection extends LitElement {
  static override properties = {
    section: { attribute: false },
    language: {},
    showAudience: { type: Boolean, attribute: 'show-audience' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [
    interactiveStyles,
    css`
      :host {
        display: block;
        font-size: var(--hrw-script-text, inherit);
      }

      section {
        margin: 0;
      }

      h2,
      h3 {
        font-size: var(--hrw-script-heading, var(--hrw-text-xl));
        line-height: 1.25;
        margin: 0 0 0.2em;
      }

      .meta {
        margin: 0 0 var(--hrw-space-s);
        font-size: var(--hrw-text-s);
        font-weight: 600;
        color: var(--hrw-color-muted);
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
      .body blockquote {
        margin: 0 0 0.9em;
      }

      .body blockquote {
        padding-left: var(--hrw-space-m);
        border-left: 3px solid var(--hrw-color-border);
      }

      .note {
        padding: var(--hrw-space-m);
        border: 2px dashed var(--hrw-color-notice-border);
        border-radius: var(--hrw-radius);
        background: var(--hrw-color-notice-bg);
      }

      .note-label {
        display: inline-block;
        margin: 0 0 var(--hrw-space-xs);
        padding: 0.1rem 0.6rem;
        border-radius: 999px;
        border: 1px solid var(--hrw-color-notice-border);
        font-size: var(--hrw-text-s);
        font-weight: 700;
        letter-spacing: 0.02em;
      }

      @media print {
        :host {
          font-size: 11.5pt;
        }

        h2,
        h3 {
          font-size: 15pt;
          break-after: avoid;
        }

        .meta {
          color: #333;
          font-size: 9.5pt;
        }

        .note {
          background: none;
          border: 1.5pt dashed #555;
        }

        a {
          color: inherit;
        }
      }
    `,
  ];

  declare section: ScriptSection | null;
  declare language: ScriptLanguage;
  declare showAudience: boolean;
  declare headingLevel: 2 | 3;

  constructor() {
    super();
    this.section = null;
    this.language = 'en';
    this.showAudience = false;
    this.headingLevel = 2;
  }

  protected override render() {
    const section = this.section;
    if (!section) {
      return nothing;
    }
    const note = section.kind === 'host-note';
    const meta = sectionMeta(section, this.language, this.showAudience);
    const title = this.headingLevel === 3 ? html`<h3 id="title">${section.title}</h3>` : html`<h2 id="title">${section.title}</h2>`;
    return html`
      <section class=${note ? 'note' : 'read-aloud'} lang=${this.language} aria-labelledby="title">
        ${note ? html`<p class="note-label">${scriptWords(this.language).kind['host-note']}</p>` : nothing} ${title}
        ${meta ? html`<p class="meta">${meta}</p>` : nothing}
        <div class="body">${unsafeHTML(section.html)}</div>
      </section>
    `;
  }
}

customElements.define('hrw-script-section', HrwScriptSection);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-script-section': HrwScriptSection;
  }
}
