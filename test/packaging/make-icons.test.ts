import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderIcons } from '../../scripts/make-icons';

const projectDir = path.resolve(__dirname, '../..');

/** The largest difference of any channel of any pixel between two same-sized PNGs. */
async function maxPixelDifference(a: string, b: string): Promise<number> {
  const [left, right] = await Promise.all([a, b].map((file) => sharp(file).raw().toBuffer()));
  if (left!.length !== right!.length) return Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = 0; i < left!.length; i++) max = Math.max(max, Math.abs(left![i]! - right![i]!));
  return max;
}

describe('renderIcons', () => {
  let outDir: string;
  let written: string[];

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'wallboard-icons-'));
    written = await renderIcons({ source: path.join(projectDir, 'build/icon.svg'), outDir });
  });
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('renders every icon at its own size from the one SVG', async () => {
    const sizes = await Promise.all(
      written.map(async (file) => {
        const { width, height } = await sharp(file).metadata();
        return `${path.relative(outDir, file).split(path.sep).join('/')} ${width}x${height}`;
      }),
    );
    expect(sizes).toEqual([
      'icon.png 1024x1024',
      ...[16, 24, 32, 48, 64, 128, 256, 512].map((s) => `icons/${s}x${s}.png ${s}x${s}`),
    ]);
  });

  it('matches the icons committed in build/, so they were rendered from the current SVG', async () => {
    for (const file of written) {
      const committed = path.join(projectDir, 'build', path.relative(outDir, file));
      // A small tolerance absorbs rounding differences between renderer versions.
      expect(await maxPixelDifference(file, committed), committed).toBeLessThanOrEqual(8);
    }
  });
});
