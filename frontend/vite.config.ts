import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { PAGE_PATHS_FILE, pagePathsIn } from './scripts/page-paths.js';

/**
 * The app's own stylesheet goes into index.html as a <style> element instead of a file of its own. A page can't
 * paint before its stylesheets have arrived, and for a newcomer opening a shared finder link that second request
 * was about 50 ms of the wait for the first results. The server allows exactly this style by its hash.
 */
function inlineEntryStylesheet(): Plugin {
  return {
    name: 'hrw-inline-entry-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') {
        return;
      }
      const text = (source: string | Uint8Array) => (typeof source === 'string' ? source : new TextDecoder().decode(source));
      const inlined: string[] = [];
      const html = text(page.source).replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
        const file = bundle[fileName];
        if (file?.type !== 'asset') {
          return link;
        }
        inlined.push(fileName);
        return `<style>${text(file.source)}</style>`;
      });
      for (const fileName of inlined) {
        // Kept when a script still loads it (a lazy part of the app that shares these styles).
        if (!Object.values(bundle).some((other) => other.type === 'chunk' && other.code.includes(fileName))) {
          delete bundle[fileName];
        }
      }
      page.source = html;
    },
  };
}

/** The list of the app's page addresses, for the server to tell a mistyped address from a page (scripts/page-paths.ts). */
function pagePathsFile(): Plugin {
  return {
    name: 'hrw-page-paths',
    apply: 'build',
    async generateBundle() {
      const source = await readFile(new URL('./src/router.ts', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: PAGE_PATHS_FILE, source: `${JSON.stringify(pagePathsIn(source))}\n` });
    },
  };
}

export default defineConfig({
  plugins: [inlineEntryStylesheet(), pagePathsFile()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    // The polyfill is an inline script, which the server's Content-Security-Policy (script-src 'self') blocks.
    modulePreload: { polyfill: false },
    // Leaflet's marker images stay files served by the app, rather than data: URLs.
    assetsInlineLimit: (file: string) => (file.includes('/leaflet/') ? false : undefined),
  },
  server: {
    // For `npm run dev` on its own: the API lives in the Quarkus app.
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    environment: 'happy-dom',
    // Each file in a VM context of a worker thread rather than a process of its own: still one fresh DOM and module
    // graph per file, but without starting happy-dom in a new process 74 times. 22-26 s instead of 70 s, run one
    // after the other on two cores. The price the Vitest docs name (errors from Node's own modules are not
    // `instanceof Error` inside the context) does not touch these tests: they run in the DOM, not against Node.
    pool: 'vmThreads',
    include: ['test/**/*.test.ts'],
    // Every core: vitest leaves one free by default, which on CI's two cores meant one file at a time while the
    // Maven build that started it only waits.
    maxWorkers: availableParallelism(),
  },
});
