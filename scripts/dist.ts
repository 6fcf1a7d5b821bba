// `npm run dist`: packs the built app (dist/electron, dist/renderer) into this OS's installers
// under release/, signed and notarised when the environment holds the credentials, and says
// so when it does not. `--dir` stops at the unpacked app, which is quicker to inspect.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build, Platform } from 'electron-builder';
import config from '../electron-builder.config';
import { planSigning, type BuildOs } from './packaging/signing-plan';

const platforms: Record<BuildOs, Platform> = {
  linux: Platform.LINUX,
  win32: Platform.WINDOWS,
  darwin: Platform.MAC,
};

/** The bundles the package must hold; `npm run build` makes them. */
const bundles = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

function fail(lines: string[]): never {
  for (const line of lines) console.error(`dist: ${line}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { dir: { type: 'boolean', default: false } } });

const os = process.platform;
if (!(os in platforms)) fail([`cannot build installers on ${os}: use Linux, Windows or macOS.`]);
const platform = platforms[os as BuildOs];

const missing = bundles.filter((file) => !existsSync(file));
if (missing.length > 0) fail([`${missing.join(', ')} missing: run \`npm run build\` first.`]);

const plan = planSigning(config, os as BuildOs, process.env);
if (!plan.ok) fail(plan.problems);
for (const note of plan.notes) console.log(`dist: ${note}`);

const artifacts = await build({
  config: plan.config,
  targets: platform.createTarget(values.dir ? 'dir' : null),
  // Publishing is the release workflow's job, never a side effect of a build that sees a tag.
  publish: 'never',
});
console.log(`dist: built ${artifacts.length > 0 ? artifacts.join(', ') : 'the unpacked app'}`);
