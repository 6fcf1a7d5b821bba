// Bundles the Node-side entry points with esbuild. Dependencies stay external and load
// from node_modules; type checking is `npm run typecheck`'s job, not this script's.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli/wallboard-token.js',
  format: 'esm',
  banner: { js: '#!/usr/bin/env node' },
});
await chmod('dist/cli/wallboard-token.js', 0o755);
