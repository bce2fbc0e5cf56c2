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
}

export function fetchConfig(signal?: AbortSignal): Promise<RuntimeConfig> {
  return apiRequest<RuntimeConfig>('/api/v1/config', signal ? { signal } : {});
}
