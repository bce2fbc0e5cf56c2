import { defineConfig } from 'vitest/config';

export default defineConfig({
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
    include: ['test/**/*.test.ts'],
  },
});
