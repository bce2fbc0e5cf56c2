import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

/** Given to the message as a value: never translated, and never counted as English left on a Spanish page. */
const NETWORK_NAME = 'Harm Reduction Works-HRW';

/** "/start-a-group": why and how to begin a Harm Reduction Works-HRW meeting. */
export class HrwStartAGroup extends LitElement {
  static override styles = [pageStyles, interactiveStyles];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    return html`
      <h1>${msg('Start a group')}</h1>
      <p class="lead">
        ${msg('Harm Reduction Works-HRW is made to be copied. With the script, an exercise and a place to meet, a few people can bring a meeting to their own community.')}
      </p>

      <section aria-labelledby="why">
        <h2 id="why">${msg('Why start one')}</h2>
        <p>
          ${msg('The first group began because people for whom abstinence-only groups did not work had no harm reduction alternative to turn to. In those early weeks it also became clear how much grief overdose deaths had left behind, and how few places there were to bring it.')}
        </p>
        <p>
          ${msg('A meeting gives people somewhere to learn and to be heard. It also builds community, and with it the power to grow the harm reduction movement, one low-threshold meeting at a time.')}
        </p>
      </section>

      <section aria-labelledby="founders">
        <h2 id="founders">${msg('Begin with people you trust')}</h2>
        <p>
          ${msg('You can start a group on your own, but it usually goes better with company. If you can, found it with one to five people you respect and care about, the kind of people you wish you saw more often.')}
        </p>
        <p>
          ${msg('Building something with people you love is a joy in itself. Strong ties among the founders also mean that on a quiet night there is still enough energy in the room for everyone to get what they came for.')}
        </p>
      </section>

      <section aria-labelledby="small">
        <h2 id="small">${msg('Small beginnings are normal')}</h2>
        <p>
          ${msg('A new meeting takes time to find its people, and word of mouth is slow. Some weeks only one or two people may come, and now and then nobody will. That can be disappointing, but it is normal and it is not a failure.')}
        </p>
        <p>${msg('And if your group fills up from the very first week, HRH413 would love to hear how you did it.')}</p>
      </section>

      <section aria-labelledby="kind">
        <h2 id="kind">${msg('Choose open or focused')}</h2>
        <p>
          ${msg(html`<strong>Open meetings</strong> welcome anyone who wants to learn about harm reduction. <strong>Focused meetings</strong> are for people who drink or use drugs, have done so, or are thinking about it. A focused group skips the open welcome in the script and starts with the focused one; everything after the welcome is the same.`)}
        </p>
        <h3>${msg('Groups for a particular community')}</h3>
        <p>
          ${msg('Some groups may gather around a shared identity or experience: people of color, LGBTQ+ people, women, sex workers and others. These groups still choose to be open or focused. Whatever their focus, they stay welcoming to whoever walks through the door, and those moments are a chance to practise harm reduction.')}
        </p>
      </section>

      <section aria-labelledby="name">
        <h2 id="name">${msg('Keep the name')}</h2>
        <div class="callout">
          <p>
            ${msg(html`Please call your group <strong>${NETWORK_NAME}</strong>, written exactly like that, whenever you speak about it and on anything you write, print or post. Do not shorten it or change it.`)}
          </p>
        </div>
        <p>
          ${msg('The shared name, like the shared script, is what ties the groups together. The script is the same everywhere; what fills each meeting is as different as the communities that hold them.')}
        </p>
      </section>

      <section aria-labelledby="support">
        <h2 id="support">${msg('You do not need to be an expert')}</h2>
        <p>
          ${msg('Because every meeting is scripted and built around an exercise, you can begin even if you are new to harm reduction, and learn with your group as you go.')}
        </p>
        <p>
          ${msg('If you are starting out, reach out to HRH413 for guidance: this is new for everyone, and helping one another is the point. It can also help to find harm reduction mentors near you. Choose them with care, though: working in harm reduction is not the same as practising it, and HRH413 can help you find the right people.')}
        </p>
      </section>

      <section aria-labelledby="next">
        <h2 id="next">${msg('Next steps')}</h2>
        <ul>
          <li><a href="/hosting">${msg('Learn what hosting a meeting involves')}</a></li>
          <li><a href="/script">${msg('Read the script')}</a></li>
          <li>
            ${msg(html`Helping to host a group that is already listed? Ask one of its hosts for a co-host code, then <a href="/groups/join">use your co-host code</a>.`)}
          </li>
          <li><a href="/">${msg('Back to Start here')}</a></li>
        </ul>
      </section>
    `;
  }
}

customElements.define('hrw-start-a-group', HrwStartAGroup);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-start-a-group': HrwStartAGroup;
  }
}
