/**
 * HTTP for the core through Electron's `net.fetch`: Chromium's network stack, so the
 * system's proxy settings and trusted certificates apply as they do in the browser.
 */
import { net } from 'electron';
import type { FetchLike } from '../../core/ports';

/** The core's FetchLike over `net.fetch`. */
export const netFetch: FetchLike = (input, init) =>
  // net.fetch takes a string or a Request; a URL object is passed as its href.
  net.fetch(input instanceof URL ? input.href : input, init);
