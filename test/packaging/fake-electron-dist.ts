/**
 * A LOCAL STAND-IN for Electron's Linux x64 distribution, which cannot be downloaded here:
 * a folder shaped like the unpacked release zip, whose `electron` is a shell script that
 * refuses to run and carries Electron's fuse wire, so electron-builder can flip the fuses in
 * it as it would in the real binary. For packaging tests only; it runs no app.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Marks the fuse wire in an Electron binary (the value @electron/fuses searches for). */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's own fuse defaults, in wire order: RunAsNode on, cookie encryption off,
 * NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off, browser V8 snapshot off,
 * file:// privileges on. '1' is on, '0' off, as in the real wire.
 */
export const electronDefaultFuses = '10110001';

const launcher = `#!/bin/sh
echo "stand-in for the Electron runtime (packaging tests only): it cannot run an app" >&2
exit 1
`;

/** Writes the stand-in distribution into `dir` and returns `dir`. */
export async function createFakeElectronDist(dir: string): Promise<string> {
  await mkdir(path.join(dir, 'resources'), { recursive: true });

  // Fuse wire layout: sentinel, wire version (byte 1), fuse count, one ASCII '0'/'1' per fuse.
  const wire = Buffer.concat([
    Buffer.from(`# ${fuseSentinel}`, 'latin1'),
    Buffer.from([1, electronDefaultFuses.length]),
    Buffer.from(`${electronDefaultFuses}\n`, 'latin1'),
  ]);
  const executable = path.join(dir, 'electron');
  await writeFile(executable, Buffer.concat([Buffer.from(launcher, 'utf8'), wire]));
  await chmod(executable, 0o755);

  await writeFile(path.join(dir, 'version'), '0.0.0-stand-in');
  await writeFile(path.join(dir, 'LICENSE'), 'Stand-in for the Electron license file.\n');
  return dir;
}
