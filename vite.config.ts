// Builds the React renderer for the Electron window. The window's Content Security Policy
// allows no inline script or style, so the build emits only files: no inlined assets, no
// module-preload polyfill snippet, no source maps in the shipped output.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The policy index.html declares for the built app; the Electron shell sends the same one. */
const productionCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

/**
 * Vite's dev server injects the React refresh preamble as an inline script and CSS as
 * `<style>` tags, which the production policy refuses; only the dev server relaxes it.
 */
const developmentCsp =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; connect-src 'self' ws://localhost:* ws://127.0.0.1:*";

function relaxCspForDevServer(): Plugin {
  return {
    name: 'wallboard-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(productionCsp, developmentCsp),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome140',
  },
});
