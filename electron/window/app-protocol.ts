/**
 * Serves the built renderer from `app://wallboard/` instead of file://: the page gets its own
 * origin, cannot read other local files, and every response carries the CSP header.
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { appScheme, resolveAppFile } from './app-url';

/** Must run before the app is ready: app:// behaves like https (standard, secure). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers app:// requests from `rendererDir` only, adding the CSP to every response. */
export function serveRenderer(rendererDir: string, csp: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (file === undefined) return new Response('Not found', { status: 404 });

    const response = await net.fetch(pathToFileURL(file).href).catch(() => undefined);
    if (response === undefined) return new Response('Not found', { status: 404 });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
