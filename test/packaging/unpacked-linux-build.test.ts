/**
 * electron-builder's unpacked Linux build of the real config, made from a local stand-in for
 * the Electron distribution (the runtime cannot be downloaded here): what app.asar holds, and
 * the fuses flipped in the executable. Installers and signing need their own OS and are not
 * built here.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { linuxExecutableName } from '../../electron-builder.config';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildElectron } from '../../scripts/build-electron.mjs';
import { createFakeElectronDist } from './fake-electron-dist';

interface Metafile {
  outputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
}

const projectDir = path.resolve(__dirname, '../..');
const packageJson = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const bundles = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

/** A stray environment file planted in the built output, which the package must leave out. */
const plantedEnvFile = path.join(projectDir, 'dist/electron/.env');

/** `node_modules/@scope/name/x` and `node_modules/name/x` to the package name. */
function packageOf(entry: string): string | undefined {
  const parts = entry.split('/');
  if (parts[0] !== 'node_modules' || parts[1] === undefined) return undefined;
  return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
}

/** Files under `dir`, relative to the project, with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(projectDir, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(projectDir, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'));
}

describe('the unpacked Linux build', () => {
  let workDir: string;
  let appOutDir: string;
  let asarPath: string;
  let entries: string[];
  let mainExternals: string[];

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'wallboard-packaging-'));

    // The bundles the package is made of; built here only when an earlier build left none.
    const build_ = buildElectron as (options?: { outDir: string }) => Promise<{ main: Metafile }>;
    const { main } = await build_({ outDir: path.join(workDir, 'bundles') });
    mainExternals = Object.values(main.outputs).flatMap((output) =>
      output.imports.filter((i) => i.external).map((i) => i.path),
    );
    if (!bundles.slice(0, 2).every((file) => existsSync(path.join(projectDir, file)))) {
      await build_();
    }
    if (!existsSync(path.join(projectDir, bundles[2]!))) {
      await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
        cwd: projectDir,
      });
    }
    await writeFile(plantedEnvFile, 'WALLBOARD_PLANTED_BY_TEST=not-a-secret\n');

    const output = path.join(workDir, 'release');
    await build({
      projectDir,
      config: {
        ...config,
        electronDist: await createFakeElectronDist(path.join(workDir, 'electron-dist')),
        directories: { ...config.directories, output },
      },
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
    });
    appOutDir = path.join(output, 'linux-unpacked');
    asarPath = path.join(appOutDir, 'resources', 'app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((entry) =>
      entry.split(path.sep).join('/').replace(/^\//, ''),
    );
  }, 180_000);

  afterAll(async () => {
    await rm(plantedEnvFile, { force: true });
    if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
  });

  it('packs the main, preload and renderer bundles', () => {
    expect(entries).toEqual(expect.arrayContaining(bundles));
    const rendererFiles = filesUnder('dist/renderer').filter((file) => !file.endsWith('.map'));
    expect(entries).toEqual(expect.arrayContaining(rendererFiles));
  });

  it('packs every production dependency', () => {
    const packed = Object.keys(packageJson.dependencies).filter((name) =>
      entries.includes(`node_modules/${name}/package.json`),
    );
    expect(packed).toEqual(Object.keys(packageJson.dependencies));
  });

  it('packs every package the main bundle leaves to load at run time', () => {
    const builtins = new Set(builtinModules);
    const needed = mainExternals
      .filter((name) => name !== 'electron' && !builtins.has(name.replace(/^node:/, '')))
      .map((name) => packageOf(`node_modules/${name}`)!);
    const missing = needed.filter((name) => !entries.includes(`node_modules/${name}/package.json`));
    expect(missing).toEqual([]);
  });

  it('keeps native binaries outside the archive, where the OS can load them', () => {
    const natives = entries.filter((entry) => entry.endsWith('.node'));
    expect(natives.length).toBeGreaterThan(0);
    for (const native of natives) {
      expect(statFile(asarPath, native)).toMatchObject({ unpacked: true });
      expect(existsSync(path.join(`${asarPath}.unpacked`, native))).toBe(true);
    }
  });

  it('holds nothing of ours but the built output and package.json', () => {
    const ours = entries.filter((entry) => !entry.startsWith('node_modules'));
    const files = ours.filter((entry) => !('files' in statFile(asarPath, entry)));
    const built = [...filesUnder('dist/electron'), ...filesUnder('dist/renderer')].filter(
      (file) => !file.endsWith('.map') && path.posix.basename(file) !== '.env',
    );
    expect(files.sort()).toEqual(['package.json', ...built].sort());
  });

  it('leaves out sources, tests, the dev server and the command-line bundle', () => {
    const outside = /^(core|cli|electron|renderer|test|bench|scripts|build|dist\/cli)\//;
    expect(entries.filter((entry) => outside.test(entry))).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('test/wallboard-server'))).toEqual([]);
    expect(entries.filter((entry) => /\.(ts|mts|cts|tsx)$/.test(entry))).toEqual([]);
  });

  it('leaves out source maps and environment files, also inside dependencies', () => {
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(entries.filter((entry) => /(^|\/)\.env(\.|$)/.test(entry))).toEqual([]);
  });

  it('leaves out every development dependency', () => {
    const packedPackages = new Set(entries.map(packageOf));
    const devOnly = Object.keys(packageJson.devDependencies).filter((name) =>
      packedPackages.has(name),
    );
    expect(devOnly).toEqual([]);
  });

  it('writes a package.json without scripts or development dependencies', () => {
    const packaged = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(packaged).toMatchObject({ name: 'wallboard-token', main: 'dist/electron/main.cjs' });
    expect(packaged).not.toHaveProperty('scripts');
    expect(packaged).not.toHaveProperty('devDependencies');
    // Electron names the user-data folder after productName, else name: adding productName
    // here would move every user's profiles and tokens to a new folder.
    expect(packaged).not.toHaveProperty('productName');
  });

  it('flips the release fuses in the packaged executable', async () => {
    const wire = await getCurrentFuseWire(path.join(appOutDir, linuxExecutableName));
    const state = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse] as number);

    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspectArguments: state(FuseV1Options.EnableNodeCliInspectArguments),
      onlyLoadAppFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      asarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      cookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      fileProtocolPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: '0',
      nodeOptions: '0',
      inspectArguments: '0',
      onlyLoadAppFromAsar: '1',
      asarIntegrity: '1',
      cookieEncryption: '1',
      fileProtocolPrivileges: '0',
    });
  });
});
