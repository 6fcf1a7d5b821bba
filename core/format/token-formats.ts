/**
 * The forms people paste a token in: raw, an Authorization header, a curl command, the JWT,
 * a shell export line, or JSON for scripts. Shared by the CLI, the app's Copy menu and the tray.
 */
import { WallboardTokenError } from '../errors';
import type { Profile } from '../profile/profile';
import type { TokenSet } from '../session/token-set';

export const tokenFormats = ['raw', 'header', 'curl', 'jwt', 'env', 'json'] as const;
export type TokenFormat = (typeof tokenFormats)[number];

/** The environment variable the `env` form exports. */
export const tokenEnvVariable = 'WALLBOARD_TOKEN';

/** Quotes a value for a POSIX shell: single quotes, with embedded ones closed and escaped. */
function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The token set in one of the forms above; `jwt` fails when the server sent no JWT. */
export function formatToken(tokens: TokenSet, format: TokenFormat, profile: Profile): string {
  switch (format) {
    case 'raw':
      return tokens.accessToken;
    case 'header':
      return `Authorization: Bearer ${tokens.accessToken}`;
    case 'curl':
      return `curl -H ${shellQuote(`Authorization: Bearer ${tokens.accessToken}`)} ${shellQuote(`${profile.serverUrl}/api/me`)}`;
    case 'env':
      return `export ${tokenEnvVariable}=${shellQuote(tokens.accessToken)}`;
    case 'jwt':
      if (tokens.jwt === undefined) {
        throw new WallboardTokenError(
          'invalid_response',
          `The server sent no JWT for profile '${profile.name}'; use the raw token instead.`,
          { profile: profile.name },
        );
      }
      return tokens.jwt;
    case 'json':
      return JSON.stringify(
        {
          profile: profile.name,
          accessToken: tokens.accessToken,
          tokenType: 'Bearer',
          expiresAt: new Date(tokens.accessExpiresAt).toISOString(),
          jwt: tokens.jwt ?? null,
          customerId: tokens.customerId ?? null,
          readOnly: tokens.readOnly,
        },
        null,
        2,
      );
  }
}

/** A masked preview for display: the first and last segment of a UUID-like token. */
export function maskToken(token: string): string {
  const parts = token.split('-');
  if (parts.length >= 3) {
    return parts.map((part, i) => (i === 0 || i === parts.length - 1 ? part : '••••')).join('-');
  }
  if (token.length <= 8) return '••••••••';
  return `${token.slice(0, 4)}••••••••${token.slice(-4)}`;
}
