import { apiRequest } from './client.js';

/** Runtime settings the server gives the app, so one build serves every environment. */
export interface RuntimeConfig {
  siteName: string;
  oidc: {
    /** Absolute issuer URL of the identity provider. */
    authority: string;
    clientId: string;
    scope: string;
  };
  /** Map tiles for the group finder; absent when the server has none configured, and then no map is offered. */
  map?: MapConfig;
}

export interface MapConfig {
  /** A Leaflet tile URL template: "https://tiles.example.org/{z}/{x}/{y}.png". */
  tileUrl: string;
  /** The credit the tiles need, shown on the map. */
  attribution: string;
}

/** The map settings when they are usable, otherwise null (no map button, no map code loaded). */
export function mapConfig(config: Partial<RuntimeConfig> | null | undefined): MapConfig | null {
  const map = config?.map;
  if (!map || typeof map.tileUrl !== 'string' || !map.tileUrl.trim()) {
    return null;
  }
  return { tileUrl: map.tileUrl.trim(), attribution: typeof map.attribution === 'string' ? map.attribution : '' };
}

export function fetchConfig(signal?: AbortSignal): Promise<RuntimeConfig> {
  return apiRequest<RuntimeConfig>('/api/v1/config', signal ? { signal } : {});
}
