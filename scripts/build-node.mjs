// Bundles the command line with esbuild, its dependencies included, so a `token` call loads
// one file instead of resolving hundreds of modules. What loads only on demand (the HTTP
// client with proxy support, the browser opener, the password prompt) and the native keyring
// binding stay external. Type checking is `npm run typecheck`'s job, not this script's.
import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['@napi-rs/keyring', 'undici', 'open', '@inquirer/password'],
  sourcemap: true,
  logLevel: 'warning',
  define: { __WALLBOARD_TOKEN_VERSION__: JSON.stringify(version) },
};

await build({
  ...common,
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli/wallboard-token.js',
  format: 'esm',
  // Bundled CommonJS dependencies call require(); ESM output needs it defined.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});
await chmod('dist/cli/wallboard-token.js', 0o755);
