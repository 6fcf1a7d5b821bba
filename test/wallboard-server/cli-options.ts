/**
 * Command-line options of `npm run dev-server` and the banner it prints on start.
 */
import { parseArgs } from 'node:util';
import { fixtures, totpFor } from './fixtures';
import type { StartOptions } from './server';

export const usage = `Usage: npm run dev-server -- [options]

  --port N              port on 127.0.0.1 (default 8765, 0 picks a free one)
  --access-seconds N    access token lifetime (default 1800)
  --refresh-seconds N   refresh token lifetime (default 3600)
  --kmsi-seconds N      refresh token lifetime with kmsi=true (default 2592000)
  --code-seconds N      authorization code lifetime (default 60)
  --rotate              rotate refresh tokens, with reuse detection
  --quiet               no request log
  -h, --help            show this help`;

export type CliParse =
  | { kind: 'start'; options: StartOptions & { port: number } }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/** Reads the dev server's command line; never throws. */
export function parseDevServerArgs(argv: string[]): CliParse {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'access-seconds': { type: 'string' },
        'refresh-seconds': { type: 'string' },
        'kmsi-seconds': { type: 'string' },
        'code-seconds': { type: 'string' },
        rotate: { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return { kind: 'help' };

  const numbers: [string, string | undefined, number][] = [
    ['--port', values.port, 0],
    ['--access-seconds', values['access-seconds'], 1],
    ['--refresh-seconds', values['refresh-seconds'], 1],
    ['--kmsi-seconds', values['kmsi-seconds'], 1],
    ['--code-seconds', values['code-seconds'], 1],
  ];
  const parsed: (number | undefined)[] = [];
  for (const [flag, text, min] of numbers) {
    if (text === undefined) {
      parsed.push(undefined);
      continue;
    }
    const value = /^[0-9]{1,9}$/.test(text) ? Number(text) : NaN;
    if (!(value >= min)) {
      return {
        kind: 'error',
        message: `${flag} needs a whole number of at least ${min}, got '${text}'`,
      };
    }
    parsed.push(value);
  }
  const [port, access, refresh, kmsi, code] = parsed;
  if (port !== undefined && port > 65535) {
    return { kind: 'error', message: `--port must be at most 65535, got ${port}` };
  }

  const options: StartOptions & { port: number } = {
    port: port ?? 8765,
    rotateRefreshTokens: values.rotate === true,
    quiet: values.quiet === true,
  };
  if (access !== undefined) options.accessTokenSeconds = access;
  if (refresh !== undefined) options.refreshTokenSeconds = refresh;
  if (kmsi !== undefined) options.kmsiRefreshTokenSeconds = kmsi;
  if (code !== undefined) options.authorizationCodeSeconds = code;
  return { kind: 'start', options };
}

/** What the CLI prints on start: where the server is and the fake demo accounts and clients. */
export function banner(url: string, atMs: number): string {
  const lines = [
    `Wallboard-compatible dev server listening on ${url}`,
    `  sign-in page    ${url}/oauth/authorize`,
    `  token endpoint  ${url}/oauth/token`,
    `  API             ${url}/api/me  (health: ${url}/public-api/health)`,
    '',
    'Demo accounts (fake, for trying the app):',
  ];
  for (const user of fixtures.users) {
    const kind = user.serviceAccount ? 'service account' : 'user';
    const extras = [kind, `customer ${user.customerId}`];
    if (user.readOnly) extras.push('read-only');
    if (user.totpSecret !== undefined) extras.push('2FA');
    lines.push(`  ${user.email.padEnd(22)} ${user.password.padEnd(20)} ${extras.join(', ')}`);
  }
  lines.push('', 'Demo clients:');
  for (const client of fixtures.clients) {
    const secret =
      client.clientSecret === undefined ? 'public (PKCE)' : `secret ${client.clientSecret}`;
    const redirects = client.redirectUris.join(', ') || 'no redirect URI';
    const anyPort = client.allowAnyLoopbackPort === true ? ' (any loopback port)' : '';
    lines.push(`  ${client.clientId.padEnd(18)} ${secret.padEnd(34)} ${redirects}${anyPort}`);
  }
  lines.push(
    '',
    '2FA codes change every 30 s. Current codes, and secrets for an authenticator app:',
  );
  for (const user of fixtures.users) {
    if (user.totpSecret === undefined) continue;
    lines.push(
      `  ${user.email.padEnd(22)} ${totpFor(user.email, atMs)}   secret ${user.totpSecret}`,
    );
  }
  lines.push('', 'Press Ctrl+C to stop.');
  return lines.join('\n');
}
