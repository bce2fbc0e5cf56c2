import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { icon, latLngBounds, layerGroup, map as leafletMap, marker, tileLayer, type LayerGroup, type Map as LeafletMap } from 'leaflet';
// Bundled with the map code (not the page), and adopted into this shadow root, where a document stylesheet would
// not reach. The marker images go through Vite as files, so they are served by the app itself.
import leafletStyles from 'leaflet/dist/leaflet.css?inline';
import markerIcon from 'leaflet/dist/images/marker-icon.png';
import markerIcon2x from 'leaflet/dist/images/marker-icon-2x.png';
import markerShadow from 'leaflet/dist/images/marker-shadow.png';
import type { MapMarker } from '../groups/map-markers.js';

const MARKER_ICON = icon({
  iconUrl: markerIcon,
  iconRetinaUrl: markerIcon2x,
  shadowUrl: markerShadow,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  tooltipAnchor: [16, -28],
  shadowSize: [41, 41],
});

/**
 * A Leaflet map of groups: one marker per group, its popup linking to the group's page. Loaded only when a page
 * shows a map, so nobody else downloads Leaflet. Props only; it changes nothing outside itself.
 */
export class HrwGroupMap extends LitElement {
  static override properties = {
    markers: { attribute: false },
    tileUrl: { attribute: false },
    attribution: { attribute: false },
    label: {},
  };

  static override styles = [
    unsafeCSS(leafletStyles),
    css`
      :host {
        display: block;
      }

      .map {
        height: 22rem;
        max-height: 70vh;
        border: 1px solid var(--hrw-color-border);
        border-radius: var(--hrw-radius);
      }

      .map:focus-visible {
        outline: 3px solid var(--hrw-color-focus);
        outline-offset: 2px;
      }
    `,
  ];

  declare markers: MapMarker[];
  declare tileUrl: string;
  declare attribution: string;
  /** The accessible name of the map region; a plain one in the language shown when the page gives none. */
  declare label: string;

  #map: LeafletMap | null = null;
  #layer: LayerGroup | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.markers = [];
    this.tileUrl = '';
    this.attribution = '';
    this.label = '';
  }

  override disconnectedCallback(): void {
    this.#map?.remove();
    this.#map = null;
    this.#layer = null;
    super.disconnectedCallback();
  }

  protected override render() {
    return html`<div class="map" role="region" aria-label=${this.label || msg('Map of the groups')}></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container) {
      return;
    }
    if (!this.#map || changed.has('tileUrl') || changed.has('attribution')) {
      this.#map?.remove();
      this.#map = leafletMap(container, { scrollWheelZoom: false });
      tileLayer(this.tileUrl, { attribution: this.attribution, maxZoom: 18 }).addTo(this.#map);
      this.#layer = layerGroup().addTo(this.#map);
    }
    this.#showMarkers();
  }

  #showMarkers(): void {
    const map = this.#map;
    const layer = this.#layer;
    if (!map || !layer) {
      return;
    }
    layer.clearLayers();
    for (const place of this.markers) {
      // Built as elements, not HTML text, so a group's name is never read as markup.
      const link = document.createElement('a');
      link.href = place.href;
      link.textContent = place.name;
      marker([place.latitude, place.longitude], { icon: MARKER_ICON, title: place.name, alt: place.name })
        .bindPopup(link)
        .addTo(layer);
    }
    if (this.markers.length === 0) {
      map.setView([39.8, -98.6], 3);
    } else {
      const bounds = latLngBounds(this.markers.map((place) => [place.latitude, place.longitude] as [number, number]));
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 });
    }
  }
}

customElements.define('hrw-group-map', HrwGroupMap);

declare global {
  interface HTMLElementTagNameMap {
    'hrw-group-map': HrwGroupMap;
  }
}
