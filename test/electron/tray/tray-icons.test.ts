import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trayIconDir, trayIconPath } from '../../../electron/tray/tray-icons';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildElectron } from '../../../scripts/build-electron.mjs';

const assets = path.resolve('electron/tray/assets');
const variants = ['fine', 'ending', 'attention'] as const;

describe('tray icons', () => {
  it('names template images on macOS and colour images elsewhere', () => {
    expect(trayIconPath('ending', 'darwin', '/app')).toBe(
      path.join('/app', trayIconDir, 'tray-endingTemplate.png'),
    );
    expect(trayIconPath('ending', 'win32', '/app')).toBe(
      path.join('/app', trayIconDir, 'tray-ending.png'),
    );
  });

  it.each(variants.flatMap((v) => (['darwin', 'linux'] as const).map((p) => [v, p] as const)))(
    'has a 16 px image and a 32 px @2x image for %s on %s',
    async (variant, platform) => {
      const file = path.join(assets, path.basename(trayIconPath(variant, platform, '/app')));
      const base = await sharp(file).metadata();
      const double = await sharp(file.replace(/\.png$/, '@2x.png')).metadata();

      expect([base.format, base.width, base.height, base.hasAlpha]).toEqual(['png', 16, 16, true]);
      expect([double.width, double.height]).toEqual([32, 32]);
    },
  );

  it('draws template images in black only, as macOS expects', async () => {
    for (const variant of variants) {
      const { data, info } = await sharp(path.join(assets, `tray-${variant}Template@2x.png`))
        .raw()
        .toBuffer({ resolveWithObject: true });
      for (let i = 0; i < data.length; i += info.channels) {
        if (data[i + 3] === 0) continue;
        expect([data[i], data[i + 1], data[i + 2]]).toEqual([0, 0, 0]);
      }
    }
  });

  it('looks different for each state', async () => {
    const pixels = await Promise.all(
      variants.map((v) =>
        sharp(path.join(assets, `tray-${v}@2x.png`))
          .raw()
          .toBuffer(),
      ),
    );
    expect(new Set(pixels.map((p) => p.toString('base64'))).size).toBe(variants.length);
  });

  describe('in the build', () => {
    let outDir: string;
    beforeAll(async () => {
      outDir = await mkdtemp(path.join(tmpdir(), 'wallboard-icons-'));
      await (buildElectron as (o: { outDir: string }) => Promise<unknown>)({ outDir });
    }, 60_000);
    afterAll(() => rm(outDir, { recursive: true, force: true }));

    it('are copied beside main.cjs, where the tray looks for them', async () => {
      const copied = await readdir(path.join(outDir, trayIconDir));
      expect(copied.sort()).toEqual((await readdir(assets)).sort());
      expect(copied).toHaveLength(12);
    });
  });
});
