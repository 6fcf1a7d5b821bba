// Renders the tray icons into electron/tray/assets: a key (the app icon's glyph) with a badge
// per state, as colour images (Windows, Linux) and black template images (macOS, which tints
// them for the menu bar), each at 16 px and 32 px (@2x). The state shows by shape, not only
// by colour: no badge, a clock, an exclamation mark. Run: node scripts/make-tray-icons.mjs
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const outDir = fileURLToPath(new URL('../electron/tray/assets/', import.meta.url));
const variants = ['fine', 'ending', 'attention'];
const styles = {
  colour: { key: '#2f6fe4', ending: '#f5a524', attention: '#e5484d', mark: '#ffffff', suffix: '' },
  template: {
    key: '#000000',
    ending: '#000000',
    attention: '#000000',
    mark: 'none',
    suffix: 'Template',
  },
};

/** The key on a 32-unit grid: a ring, a shaft and two teeth. */
const key = `
  <path fill-rule="evenodd" d="M10 5a7 7 0 1 1 0 14a7 7 0 1 1 0-14zm0 4a3 3 0 1 0 0 6a3 3 0 1 0 0-6z"/>
  <rect x="16" y="10" width="14" height="4" rx="1"/>
  <rect x="21" y="13" width="3.5" height="6" rx="1"/>
  <rect x="26.5" y="13" width="3.5" height="5" rx="1"/>`;

/** The badge in the lower right, on a cleared disc so it reads apart from the key. */
function badge(variant, style) {
  if (variant === 'ending') {
    // A clock: a ring with two hands.
    return `<g fill="none" stroke="${style.ending}" stroke-width="2.5" stroke-linecap="round">
      <circle cx="23" cy="23" r="6.5"/><path d="M23 19.5V23h3"/></g>`;
  }
  if (variant === 'attention') {
    // A filled disc with an exclamation mark (cut out in the template image).
    const mark = `<rect x="21.6" y="17.5" width="2.8" height="7" rx="1.2"/><circle cx="23" cy="27.3" r="1.6"/>`;
    return style.mark === 'none'
      ? `<mask id="m"><rect width="32" height="32" fill="#fff"/><g fill="#000">${mark}</g></mask>
         <circle cx="23" cy="23" r="8" fill="${style.attention}" mask="url(#m)"/>`
      : `<circle cx="23" cy="23" r="8" fill="${style.attention}"/><g fill="${style.mark}">${mark}</g>`;
  }
  return '';
}

function svg(variant, style, size) {
  const clear =
    variant === 'fine'
      ? ''
      : `<mask id="clear"><rect width="32" height="32" fill="#fff"/><circle cx="23" cy="23" r="10" fill="#000"/></mask>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
    <defs>${clear}</defs>
    <g fill="${style.key}" ${clear ? 'mask="url(#clear)"' : ''}>${key}</g>
    ${badge(variant, style)}
  </svg>`;
}

await mkdir(outDir, { recursive: true });
for (const variant of variants) {
  for (const style of Object.values(styles)) {
    for (const [scale, size] of [
      ['', 16],
      ['@2x', 32],
    ]) {
      const file = path.join(outDir, `tray-${variant}${style.suffix}${scale}.png`);
      await sharp(Buffer.from(svg(variant, style, size)))
        .png({ compressionLevel: 9 })
        .toFile(file);
      console.log(path.relative(process.cwd(), file));
    }
  }
}
