/**
 * The parts of the electron-builder configuration that this machine cannot exercise by
 * building (Windows and macOS targets, signing resources, icons), checked against the files
 * they point at.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';
import { linuxIconSizes } from '../../scripts/make-icons';

const projectDir = path.resolve(__dirname, '../..');

/** The entitlement keys a plist grants (set to true). */
async function grantedEntitlements(file: string): Promise<string[]> {
  const xml = await readFile(path.join(projectDir, file), 'utf8');
  return [...xml.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]!);
}

async function sizeOf(file: string): Promise<[number | undefined, number | undefined]> {
  const { width, height } = await sharp(path.join(projectDir, file)).metadata();
  return [width, height];
}

describe('the electron-builder configuration', () => {
  it('builds AppImage and deb on Linux, NSIS on Windows, dmg and zip on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg', 'zip']);
  });

  it('installs on Windows for the current user only, asking for no administrator rights', () => {
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
    expect(config.win?.requestedExecutionLevel ?? 'asInvoker').toBe('asInvoker');
  });

  it('runs macOS builds under the hardened runtime with the JIT exception alone', async () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      expect(await grantedEntitlements(file!)).toEqual(['com.apple.security.cs.allow-jit']);
    }
  });

  it('gives macOS and Windows a 1024 px icon to derive .icns and .ico from', async () => {
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(config.win?.icon).toBe('build/icon.png');
    expect(await sizeOf('build/icon.png')).toEqual([1024, 1024]);
  });

  it('gives Linux a full icon set', async () => {
    const dir = config.linux?.icon as string;
    for (const size of linuxIconSizes) {
      expect(await sizeOf(`${dir}/${size}x${size}.png`)).toEqual([size, size]);
    }
  });
});
