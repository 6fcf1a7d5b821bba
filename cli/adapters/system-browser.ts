/**
 * Opens the authorization URL in the user's default browser. Only http(s) URLs are opened.
 */
import { WallboardTokenError } from '../../core/errors';

/** Opens `url` in the system browser without waiting for the browser to exit. */
export async function openInSystemBrowser(url: string): Promise<void> {
  const { protocol } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new WallboardTokenError('internal', 'Refused to open a link that is not http(s).');
  }
  const { default: open } = await import('open');
  const child = await open(url, { wait: false });
  child.unref();
}
