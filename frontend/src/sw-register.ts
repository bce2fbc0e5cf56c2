/**
 * Registers the service worker (public/sw.js) in production builds, and tells pages when what they show is kept
 * on this device, so host mode can say it will keep working offline.
 */

export type OfflineState = 'unavailable' | 'preparing' | 'ready';

export class OfflineStatus extends EventTarget {
  #state: OfflineState = 'unavailable';

  get state(): OfflineState {
    return this.#state;
  }

  set(state: OfflineState): void {
    if (state !== this.#state) {
      this.#state = state;
      this.dispatchEvent(new Event('change'));
    }
  }
}

export const offlineStatus = new OfflineStatus();

/** How long to wait for the worker to confirm it kept what the page loaded. */
const KEEP_TIMEOUT_MS = 20_000;

/**
 * The same-origin addresses the page has loaded (from the Resource Timing entries): what it fetched before the
 * worker controlled it, and so what the worker has not seen yet. The worker decides which of them to keep.
 */
export function loadedUrls(entries: readonly { name: string }[], origin: string): string[] {
  const urls = new Set<string>();
  for (const entry of entries) {
    let url: URL;
    try {
      url = new URL(entry.name);
    } catch {
      continue;
    }
    if (url.origin === origin && (url.protocol === 'http:' || url.protocol === 'https:')) {
      url.hash = '';
      urls.add(url.href);
    }
  }
  return [...urls];
}

async function keepWhatWasLoaded(worker: ServiceWorker): Promise<void> {
  const urls = loadedUrls(performance.getEntriesByType('resource'), location.origin);
  const channel = new MessageChannel();
  await new Promise<void>((done) => {
    const timer = window.setTimeout(done, KEEP_TIMEOUT_MS);
    channel.port1.onmessage = () => {
      window.clearTimeout(timer);
      done();
    };
    worker.postMessage({ type: 'keep-loaded', urls }, [channel.port2]);
  });
  channel.port1.close();
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) {
    return;
  }
  const container = navigator.serviceWorker;
  // Already controlled: everything this page loads goes through the worker and is kept as it arrives.
  offlineStatus.set(container.controller ? 'ready' : 'preparing');
  // A worker took over (the first visit, or an update that started with empty caches): hand it what was loaded.
  container.addEventListener('controllerchange', () => {
    const worker = container.controller;
    if (worker) {
      offlineStatus.set('preparing');
      void keepWhatWasLoaded(worker).then(() => offlineStatus.set('ready'));
    }
  });
  const register = () => {
    container.register('/sw.js', { scope: '/' }).catch(() => offlineStatus.set('unavailable'));
  };
  if (document.readyState === 'complete') {
    register();
  } else {
    window.addEventListener('load', register, { once: true });
  }
}
