import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

/** "/hosting": the host's role, facilitation without gatekeeping, choosing exercises. */
export class HrwHosting extends LitElement {
  static override styles = [pageStyles, interactiveStyles];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    return html`
      <h1>${msg('Hosting a meeting')}</h1>
      <p class="lead">
        ${msg('Every Harm Reduction Works-HRW meeting has a host. It is the only role there is, and it is more about welcoming people than leading them.')}
      </p>

      <section aria-labelledby="host">
        <h2 id="host">${msg('What the host does')}</h2>
        <ul>
          <li>${msg('Reads the script and keeps the meeting moving.')}</li>
          <li>${msg("Makes everyone feel welcome. Welcome is a core principle of harm reduction, and it is the host's main job.")}</li>
          <li>${msg('Takes part as one member of the group, not as someone in charge of it.')}</li>
          <li>${msg('Often chooses the exercise too, although some groups hand that to someone else.')}</li>
        </ul>
        <p>
          ${msg('How long someone hosts is up to the group: it might change every week, every month, or on whatever rhythm suits you.')}
        </p>
      </section>

      <section aria-labelledby="facilitation">
        <h2 id="facilitation">${msg('Facilitating without gatekeeping')}</h2>
        <p>
          ${msg(html`It is easy for a host to start feeling like the one in control. Harm reduction asks for something else: power <em>with</em> the group rather than power <em>over</em> it. Ideally, keeping the meeting on track is something everyone shares.`)}
        </p>
        <p>
          ${msg('New groups and new members sometimes wait to be called on. If people raise their hands, that is fine. Over time, though, the hope is that the group feels at ease enough for conversation to flow naturally, respectfully and on its own.')}
        </p>
        <p>
          ${msg('Hosting is also a chance to notice the room: where the energy dips or feels tense, and where it moves easily. If you feel the urge to enforce the script, or to quiet someone who seems to speak too long or too often, pause and ask whether the rigidity is yours. Sometimes what the group needs is to practise patience, kindly and together.')}
        </p>
        <div class="callout">
          <p>${msg('The best facilitation, like the best harm reduction, is almost invisible.')}</p>
        </div>
        <p>
          ${msg('Hosting is simple and subtle at once, which makes it a safe place to see where your own practice is right now. Talking it over with members whose experience you trust can build confidence for everyone.')}
        </p>
      </section>

      <section aria-labelledby="exercises">
        <h2 id="exercises">${msg('Choosing an exercise')}</h2>
        <p>
          ${msg('An exercise usually takes ten to twenty minutes. It can be almost anything that gets people talking about harm reduction: an article or a chapter of a book, a podcast, a guest speaker, a piece of personal writing, or something creative.')}
        </p>
        <p>
          ${msg('What you choose shapes the conversation. A piece about change often leads people to compare their own stories. Something about advocacy can turn into practical talk about which services help and which to avoid. Art and creative work can open up feelings and let people be witnessed by the group.')}
        </p>
        <p>
          ${msg('Sometimes the group sets the exercise aside and follows its own path. That is fine: pay attention to what the room needs and stay flexible. Looking for the right piece is also a good way for the host to keep learning about harm reduction.')}
        </p>
      </section>

      <section aria-labelledby="meeting">
        <h2 id="meeting">${msg('Length and shape')}</h2>
        <p>
          ${msg('Meetings run for 60 to 90 minutes; each group settles on its own length. The script stays the same from group to group, but what happens around it can differ: some groups share food, some hand out supplies afterwards, some offer wound care. Each community decides what it needs.')}
        </p>
      </section>

      <section aria-labelledby="together">
        <h2 id="together">${msg('Independent, and interdependent')}</h2>
        <p>
          ${msg('Each group runs itself. Together, all the groups depend on one another: they share what works, ask each other for ideas and support, and grow the movement side by side.')}
        </p>
        <ul>
          <li><a href="/start-a-group">${msg('Start a group')}</a></li>
          <li><a href="/exercises">${msg('Exercises')}</a></li>
          <li><a href="/">${msg('Back to Start here')}</a></li>
        </ul>
      </section>
    `;
  }
}

customElements.define('hrw-hosting', HrwHosting);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-hosting': HrwHosting;
  }
}
