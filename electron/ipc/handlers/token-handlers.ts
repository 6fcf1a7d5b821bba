/**
 * Session and token calls. The renderer gets masked previews and decoded claims; a full token
 * crosses only through `revealToken`, and copies are written to the clipboard here in main.
 */
import { WallboardTokenError } from '../../../core/errors';
import { formatToken, maskToken, type TokenFormat } from '../../../core/format/token-formats';
import { readJwtClaims } from '../../../core/session/jwt-claims';
import type { TokenSet } from '../../../core/session/token-set';
import { ipcCalls, type CopyFormat, type SessionView, type TokenKind } from '../contract';
import { handler, type IpcHandler } from './result';
import type { IpcServices } from './services';

/** Handlers for reading, revealing and copying tokens. */
export function tokenHandlers(
  services: IpcServices,
): Record<'getSession' | 'revealToken' | 'copy', IpcHandler> {
  const { sessions, profiles, tokens, clipboard, logger } = services;

  return {
    getSession: handler(
      'getSession',
      ipcCalls.getSession.input,
      async ({ profile }) => {
        await profiles.get(profile);
        const status = await sessions.status(profile);
        const stored = await tokens.load(profile);
        return sessionView(status, stored);
      },
      logger,
    ),

    revealToken: handler(
      'revealToken',
      ipcCalls.revealToken.input,
      async ({ profile, kind }) => {
        const valid = await sessions.getValidTokens(profile);
        logger.info('revealed a token to the user', { profile, kind });
        return { kind, token: tokenOf(valid, kind, profile) };
      },
      logger,
    ),

    copy: handler(
      'copy',
      ipcCalls.copy.input,
      async ({ profile, format }) => {
        const stored = await profiles.get(profile);
        const valid = await sessions.getValidTokens(profile);

        clipboard.writeText(formatToken(valid, coreFormat[format], stored));
        logger.info('copied a token to the clipboard', { profile, format });
        return { format };
      },
      logger,
    ),
  };
}

/** The contract's copy formats as the core's token formats (`token` is the core's `raw`). */
const coreFormat: Record<CopyFormat, TokenFormat> = {
  token: 'raw',
  header: 'header',
  curl: 'curl',
  jwt: 'jwt',
  env: 'env',
};

function sessionView(status: SessionView['status'], stored: TokenSet | undefined): SessionView {
  if (stored === undefined) return { status, hasJwt: false };
  return {
    status,
    accessTokenPreview: maskToken(stored.accessToken),
    ...(stored.refreshToken === undefined
      ? {}
      : { refreshTokenPreview: maskToken(stored.refreshToken) }),
    hasJwt: stored.jwt !== undefined,
    ...(stored.jwt === undefined ? {} : { jwtClaims: readJwtClaims(stored.jwt) }),
  };
}

function tokenOf(set: TokenSet, kind: TokenKind, profile: string): string {
  const token =
    kind === 'access' ? set.accessToken : kind === 'refresh' ? set.refreshToken : set.jwt;
  if (token !== undefined) return token;
  const what = kind === 'refresh' ? 'refresh token' : 'JWT';
  // The core's copy formats use the same code when the server sent no JWT.
  throw new WallboardTokenError(
    'invalid_response',
    `The server did not issue a ${what} for profile '${profile}', so there is none to show or copy.`,
    { profile },
  );
}
