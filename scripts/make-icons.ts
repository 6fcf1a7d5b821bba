// Renders the app icon from its one source, build/icon.svg: build/icon.png (1024 px, from which
// electron-builder derives the macOS .icns and the Windows .ico) and the Linux set in
// build/icons/. Run after editing the SVG (`npm run icons`) and commit the PNGs.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

/** The sizes of the Linux icon set: the freedesktop hicolor theme's usual ones. */
export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;

/** The size of build/icon.png; electron-builder wants at least 512 for macOS and 256 for Windows. */
export const appIconSize = 1024;

export interface RenderIconsOptions {
  /** The SVG to render (default build/icon.svg). */
  source?: string;
  /** Where icon.png and icons/ go (default build/). */
  outDir?: string;
}

/** Renders every PNG the installers need; resolves with the files written. */
export async function renderIcons(options: RenderIconsOptions = {}): Promise<string[]> {
  const source = options.source ?? 'build/icon.svg';
  const outDir = options.outDir ?? 'build';
  await mkdir(path.join(outDir, 'icons'), { recursive: true });

  const targets = [
    { size: appIconSize, file: path.join(outDir, 'icon.png') },
    ...linuxIconSizes.map((size) => ({
      size,
      file: path.join(outDir, 'icons', `${size}x${size}.png`),
    })),
  ];
  for (const { size, file } of targets) {
    // Rasterise at the target size rather than scaling one bitmap down: small sizes stay crisp.
    await sharp(source, { density: (72 * size) / appIconSize })
      .resize(size, size)
      .png({ compressionLevel: 9 })
      .toFile(file);
  }
  return targets.map((t) => t.file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await renderIcons();
  console.log(`wrote ${files.length} icons: ${files.join(', ')}`);
}
