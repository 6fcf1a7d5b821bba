/**
 * The app:// URL of the built renderer and the mapping from such a URL to a file under the
 * renderer's folder. Pure: path traversal and foreign hosts are refused here, tested in Node.
 */
import path from 'node:path';

export const appScheme = 'app';
export const appHost = 'wallboard';

/** The page the window loads when there is no dev server. */
export const appIndexUrl = `${appScheme}://${appHost}/index.html`;

/** The file under `rootDir` that `url` names, or undefined for anything outside it. */
export function resolveAppFile(url: string, rootDir: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return undefined;

  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;

  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}
