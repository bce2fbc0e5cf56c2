import { LitElement, css, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { interactiveStyles, pageStyles } from '../../styles/shared.js';

/**
 * One or more commands, ready to copy. Each is its own block, so a command that wraps on a phone is set apart from
 * the next one by its hanging indent, and copying several still gives one command a line.
 */
function example(...lines: string[]) {
  return html`<pre>${lines.map((line) => html`<code>${line}</code>`)}</pre>`;
}

/**
 * Code inside a sentence that stays the same in every language (a status line, a field's English value), given to
 * the message as a value, so a translator cannot change it and a Spanish page does not count it as English left.
 */
function code(text: string) {
  return html`<code>${text}</code>`;
}

/**
 * "/developers": how tool builders read the script, the directory and the feeds without custom code. Every
 * example is built from this page's own origin, so it can be copied as it is on any install.
 */
export class HrwUseTheApi extends LitElement {
  static override styles = [
    pageStyles,
    interactiveStyles,
    css`
      code {
        font-family: ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace;
        font-size: 0.9em;
        overflow-wrap: anywhere;
      }

      pre {
        margin: 0 0 var(--hrw-space-m);
        padding: var(--hrw-space-s) var(--hrw-space-m);
        background: var(--hrw-color-surface);
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
        line-height: 1.5;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      pre code {
        display: block;
        padding-left: 2ch;
        text-indent: -2ch;
      }

      pre code + code {
        margin-top: var(--hrw-space-xs);
      }

      dl {
        margin: 0 0 var(--hrw-space-m);
      }

      dt {
        font-weight: 700;
      }

      dd {
        margin: 0 0 var(--hrw-space-xs) var(--hrw-space-m);
      }
    `,
  ];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    const origin = location.origin;
    const api = `${origin}/api/v1`;
    const feeds = `${api}/feeds`;
    const bmlt = `${origin}/api/bmlt`;
    const polled = `'${api}/script?meeting=open&format=markdown'`;
    const swaggerUi = html`<a href=${`${origin}/q/swagger-ui`}>Swagger UI</a>`;

    return html`
      <h1>${msg('Use the API')}</h1>
      <p class="lead">
        ${msg('Everything public about Harm Reduction Works-HRW is yours to read and build on: the meeting script, the group directory, exercises and learnings. You need no account and no key, and if your tool already reads Meeting Guide, BMLT, iCalendar, GeoJSON or Atom, you need no custom code either.')}
      </p>

      <section aria-labelledby="script">
        <h2 id="script">${msg('The meeting script')}</h2>
        <p>${msg(html`Ask for the script every meeting reads in the format you want, with an <code>Accept</code> header:`)}</p>
        ${example(`curl -H 'Accept: text/markdown' '${api}/script?meeting=open'`)}
        <p>${msg(html`or with <code>format=</code>, which also works in a plain link:`)}</p>
        ${example(
          `curl '${api}/script?meeting=focused&lang=es&format=json'`,
          `curl '${api}/script?format=text'`,
          `curl -o script.pdf '${api}/script?meeting=open&format=pdf&paper=a4'`,
        )}
        <dl>
          <dt><code>format</code></dt>
          <dd>${msg(html`<code>json</code>, <code>markdown</code>, <code>text</code>, <code>html</code> or <code>pdf</code>.`)}</dd>
          <dt><code>meeting</code></dt>
          <dd>
            ${msg(html`<code>open</code> or <code>focused</code>. Leave it out to get every section, each marked with its audience.`)}
          </dd>
          <dt><code>lang</code></dt>
          <dd>${msg(html`<code>en</code> or <code>es</code>; otherwise your <code>Accept-Language</code>, then English.`)}</dd>
          <dt><code>paper</code></dt>
          <dd>
            ${msg(html`For the PDF: <code>letter</code> (the default) or <code>a4</code>. The PDF is tagged for screen readers (PDF/UA-1: headings, paragraphs and lists, in the script's language) and archivable (PDF/A-2a), with its fonts embedded.`)}
          </dd>
        </dl>

        <h3>${msg('Published versions')}</h3>
        <p>${msg('Every published version stays exactly as it was. List them, read one, or see what changed between two:')}</p>
        ${example(
          `curl ${api}/script/versions`,
          `curl '${api}/script/versions/2?format=markdown'`,
          `curl '${api}/script/versions/2/changes?from=1'`,
        )}

        <h3>${msg('Checking for changes')}</h3>
        <p>
          ${msg(html`Every answer about the script carries an <code>ETag</code>. Send it back in <code>If-None-Match</code>: if nothing has changed, the answer is ${code('304 Not Modified')} with no body, so checking costs almost nothing.`)}
        </p>
        ${example(`curl -i ${polled}`, `curl -i -H 'If-None-Match: ${msg('<the ETag you were sent>')}' ${polled}`)}
      </section>

      <section aria-labelledby="directory">
        <h2 id="directory">${msg('The group directory')}</h2>
        <p>
          ${msg(html`Find the groups that meet in person near a town or ZIP code, or near a point, nearest first, each with its next meeting. The answer's <code>near</code> says which place a name was taken to mean, as <code>displayName</code> (“Northampton, MA”). A town name alone means the biggest town of that name in the network's countries. When towns of a similar size share the name (“Springfield”), the answer is ${code('300 Multiple Choices')}, a problem whose <code>choices</code> each give a <code>value</code> to send as <code>near</code> and a <code>label</code> to show; ask the person which they mean. Online groups are not near anywhere: ask for them with <code>attendance=online</code>.`)}
        </p>
        ${example(
          `curl '${api}/groups?near=Northampton%2C%20MA'`,
          `curl '${api}/groups?lat=42.3251&lon=-72.6412&radiusKm=40'`,
          `curl '${api}/groups?near=Springfield%2C%20MA&weekday=tuesday&weekday=thursday&timeOfDay=evening&size=50'`,
        )}
        <p>${msg('Narrow the search with any of these:')}</p>
        <dl>
          <dt><code>radiusKm</code></dt>
          <dd>${msg('How far to look, 1 to 500 km (25 if you leave it out).')}</dd>
          <dt><code>weekday</code></dt>
          <dd>${msg(html`<code>monday</code> to <code>sunday</code>; repeat it for several days.`)}</dd>
          <dt><code>timeOfDay</code></dt>
          <dd>${msg(html`<code>morning</code>, <code>afternoon</code> or <code>evening</code>, in the group's own time.`)}</dd>
          <dt><code>upcoming</code></dt>
          <dd>${msg('Only groups whose next meeting starts within this many hours.')}</dd>
          <dt><code>format</code></dt>
          <dd>${msg(html`<code>open</code> or <code>focused</code>.`)}</dd>
          <dt><code>focus</code></dt>
          <dd>
            ${msg(html`<code>people-of-color</code>, <code>lgbtq</code>, <code>women</code>, <code>sex-workers</code>, <code>youth</code>, <code>families-and-loved-ones</code> or <code>other</code>.`)}
          </dd>
          <dt><code>attendance</code></dt>
          <dd>${msg(html`<code>in-person</code>, <code>online</code> or <code>hybrid</code>.`)}</dd>
          <dt><code>offering</code></dt>
          <dd>
            ${msg(html`<code>food</code>, <code>supplies</code>, <code>wound-care</code>, <code>naloxone</code> or <code>other</code>.`)}
          </dd>
          <dt><code>language</code></dt>
          <dd>${msg(html`A language code, such as <code>es</code>.`)}</dd>
          <dt><code>q</code></dt>
          <dd>${msg("Words in a group's name, town or description.")}</dd>
          <dt><code>page</code>, <code>size</code></dt>
          <dd>
            ${msg(html`Pages count from 0; a page holds 1 to 100 groups (20 by default). Every list answers ${code('{"items": [...], "page", "size", "total"}')}.`)}
          </dd>
        </dl>
        <p>
          ${msg(html`Each group has a <code>slug</code>. Put it in place of <code>{slug}</code> to read the group, or to get its meetings as a calendar:`)}
        </p>
        ${example(`curl ${api}/groups/{slug}`, `curl -o group.ics ${api}/groups/{slug}/calendar.ics`)}
      </section>

      <section aria-labelledby="feeds">
        <h2 id="feeds">${msg('Feeds for other tools')}</h2>
        <p>
          ${msg(html`These speak formats that other tools already read. Each sends an <code>ETag</code> and answers <code>304</code> to <code>If-None-Match</code>, so checking for changes is cheap.`)}
        </p>

        <h3>Meeting Guide</h3>
        <p>
          ${msg(html`<a href=${`${feeds}/meeting-guide.json`} type="application/json">The Meeting Guide feed</a> is the JSON read by the 12 Step Meeting List plugin, TSML UI and the Meeting Guide app. Give them its address:`)}
        </p>
        ${example(`${feeds}/meeting-guide.json`)}
        <p>
          ${msg(html`There is one entry for each weekly meeting slot. The format only knows weekly meetings, and TSML UI's Add to Calendar puts a meeting on the coming week, so a group that meets monthly or every other week has one entry with no <code>day</code>, <code>time</code> or <code>end_time</code>: a "by appointment" meeting, which TSML UI lists without Add to Calendar and the Meeting Guide app leaves out. Its <code>notes</code> start with the real rule, the time, the next date and the group's page.`)}
        </p>
        <p>
          ${msg('Each group shows only what it shares, and still shows as active in TSML UI, which counts a meeting as in person only when its place is not approximate:')}
        </p>
        <ul>
          <li>${msg(html`A group that shares its exact location has its venue, street, <code>postal_code</code> and position.`)}</li>
          <li>
            ${msg(html`A group that shares only its town has the town as <code>formatted_address</code> (such as ${code('Northampton, MA, US')}) with ${code('approximate: "no"')}, no position (a map would take it for the door), ${code('location: "Place shared when you ask"')} and its page in <code>location_notes</code>.`)}
          </li>
          <li>${msg(html`A group that meets only online has the address <code>Online</code>, marked approximate.`)}</li>
          <li>
            ${msg(html`A group that shares its online link on request has its own page as <code>conference_url</code>, where the link can be asked for. TSML UI only counts links to the video services it knows, so a TSML UI site adds this hub once: ${code(`tsml_react_config = { conference_providers: { '${location.host}': 'Harm Reduction Works-HRW' } }`)}.`)}
          </li>
          <li>${msg(html`A paused group is ${code('attendance_option: inactive')} with the type <code>TC</code> and no link.`)}</li>
        </ul>
        <p>
          ${msg(html`Types use the spec's codes where the meaning matches (such as <code>O</code>, <code>POC</code>, <code>LGBTQ</code>, <code>W</code>, <code>Y</code> and language codes), and our own codes, starting <code>HRW-</code>, for focused meetings and for offerings such as food, supplies, wound care and naloxone. <a href=${`${feeds}/meeting-guide-types.json`} type="application/json">The list of type codes</a> says what each one means:`)}
        </p>
        ${example(`${feeds}/meeting-guide-types.json`)}

        <h3>${msg('A map of groups (GeoJSON)')}</h3>
        <p>
          ${msg(html`<a href=${`${feeds}/groups.geojson`} type="application/geo+json">The map feed</a> is a GeoJSON (RFC 7946) FeatureCollection of public group locations, ready for any map library, filtered like the group search. A group that shares only its town is a point rounded to about a kilometre; one that shares its place on request, or meets only online, is left out. No point is ever a street the group keeps private.`)}
        </p>
        ${example(`${feeds}/groups.geojson`)}

        <h3>${msg('A calendar of meetings (iCalendar)')}</h3>
        <p>
          ${msg(html`<a href=${`${feeds}/groups.ics`} type="text/calendar">The calendar feed</a> holds every group's meetings. Subscribe to it in a calendar app, or narrow it with the same filters as the group search:`)}
        </p>
        ${example(`${feeds}/groups.ics`, `${feeds}/groups.ics?near=Springfield%2C%20MA&radiusKm=50`)}

        <h3>${msg('New exercises and learnings (Atom)')}</h3>
        <p>
          ${msg(html`<a href=${`${feeds}/exercises.atom`} type="application/atom+xml">The exercises feed</a> brings newly published exercises, and <a href=${`${feeds}/learnings.atom`} type="application/atom+xml">the learnings feed</a> what groups share publicly. Any feed reader takes them.`)}
        </p>
        ${example(`${feeds}/exercises.atom`, `${feeds}/learnings.atom`)}

        <h3>BMLT</h3>
        <p>
          ${msg('The hub is also a read-only, BMLT-compatible root server, for BMLT clients such as Crouton. Give them this root:')}
        </p>
        ${example(bmlt)}
        <p>
          ${msg(html`It answers <code>GetSearchResults</code>, <code>GetFormats</code>, <code>GetServiceBodies</code>, <code>GetFieldKeys</code>, <code>GetFieldValues</code>, <code>GetCoverageArea</code> and <a href=${`${bmlt}/client_interface/json/?switcher=GetServerInfo`} type="application/json"><code>GetServerInfo</code></a>, as JSON or, with <code>callback=</code>, as JSONP, the way a BMLT root server does:`)}
        </p>
        ${example(
          `curl '${bmlt}/client_interface/json/?switcher=GetSearchResults&lat_val=42.3251&long_val=-72.6412&geo_width_km=40'`,
          `curl '${bmlt}/client_interface/json/?switcher=GetFieldValues&meeting_key=location_municipality'`,
          `curl '${bmlt}/client_interface/jsonp/?switcher=GetServerInfo&callback=showServer'`,
        )}
        <p>
          ${msg(html`<code>GetSearchResults</code> understands <code>weekdays</code>, <code>formats</code>, <code>venue_types</code>, <code>meeting_ids</code>, <code>meeting_key</code> with <code>meeting_key_value</code>, <code>lat_val</code> and <code>long_val</code> with <code>geo_width</code> (miles) or <code>geo_width_km</code>, <code>sort_keys</code> or <code>sort_key</code>, <code>StartsAfterH</code>/<code>StartsAfterM</code>, <code>StartsBeforeH</code>/<code>StartsBeforeM</code>, <code>SearchString</code>, <code>page_size</code>/<code>page_num</code>, <code>get_used_formats</code>, <code>data_field_key</code> and <code>lang_enum</code>. Format names come in English or, with <code>lang_enum=es</code>, in Spanish. An unknown switcher is answered 422, as a root server answers it.`)}
        </p>
        <p>
          ${msg(html`Each weekday a group meets is one BMLT meeting. BMLT can only describe weekly meetings, so <strong>groups that meet monthly or every other week are not in the BMLT answers</strong>: a BMLT client would otherwise show them, and put them on calendars, on weeks they do not meet. Find them in the other feeds or on their own pages.`)}
        </p>
        <p>
          ${msg('Text comes as the host typed it, for your client to escape, as from any root server. Where Crouton puts a value into its page as HTML (the location name and details, notes that start with a link, the online link), an invisible word joiner (U+2060) keeps anything that could read as a tag or a character reference from doing so, and quotes in the online link are percent-encoded: the text looks the same, and runs nothing.')}
        </p>
        <p>
          ${msg(html`Like a root server, it also gives the Meeting Guide feed above, in the same form, to TSML UI at <code>/client_interface/tsml/?switcher=GetSearchResults</code>:`)}
        </p>
        ${example(`${bmlt}/client_interface/tsml/?switcher=GetSearchResults`)}
      </section>

      <section aria-labelledby="openapi">
        <h2 id="openapi">${msg('The OpenAPI document')}</h2>
        <p>
          ${msg(html`Every endpoint is described in <a href=${`${origin}/q/openapi`}>the OpenAPI document</a> (YAML; add <code>?format=json</code> for JSON), and you can try them in your browser with ${swaggerUi}. To generate a client in your language, use openapi-generator, for example:`)}
        </p>
        ${example(`openapi-generator-cli generate -i ${origin}/q/openapi -g java -o hrw-client`)}
        <p>${msg(html`Swap <code>java</code> for <code>python</code>, <code>typescript-fetch</code> or any generator it offers.`)}</p>
        <p>
          ${msg(html`In a response, every property the document lists as <code>required</code> is always sent and never null; one that may be missing or null is not required, and its schema allows null. In a request body, <code>required</code> means the server refuses the body without it.`)}
        </p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">${msg('Privacy, and a few conventions')}</h2>
        <ul>
          <li>${msg('Reading needs no account and no key.')}</li>
          <li>${msg("The API never returns a person's name or a group's private address.")}</li>
          <li>${msg('Groups that share their place only on request never appear with a street or exact coordinates, in any feed.')}</li>
          <li>
            ${msg(html`Errors are <code>application/problem+json</code> (RFC 9457), with a <code>title</code> and <code>detail</code> that say what went wrong; a bad parameter is a <code>400</code> that names it.`)}
          </li>
          <li>${msg('Reads are open to any origin (CORS), so a page on another site can call the API directly.')}</li>
          <li>
            ${msg(html`Please be gentle: cache what you fetch, send the <code>ETag</code> back in <code>If-None-Match</code>, and when an answer carries <code>Retry-After</code>, wait that long before asking again.`)}
          </li>
        </ul>
        <p><a href="/">${msg('Back to Start here')}</a></p>
      </section>
    `;
  }
}

customElements.define('hrw-use-the-api', HrwUseTheApi);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-use-the-api': HrwUseTheApi;
  }
}
