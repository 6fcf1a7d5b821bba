/**
 * Builds the token endpoint's success body in Wallboard's shape: opaque UUID tokens plus the
 * same grant as an HS256 JWT, the tenant and the read-only flag.
 */
import { SignJWT } from 'jose';
import type { DevServerSettings, ServerContext } from './context';
import type { UserFixture } from './fixtures';
import type { Grant, RefreshRecord } from './grant-store';

/** Wallboard's token response (RFC 6749 §5.1 plus its own fields). */
export interface TokenResponseBody {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  /** Absent on a refresh without rotation: the client keeps its refresh token. */
  refresh_token?: string;
  refresh_total_validity_seconds: number;
  jwt_access_token: string;
  customerId: number;
  readOnly: boolean;
}

/** The refresh lifetime a grant gets: 30 days with keep-me-signed-in, else 1 hour (defaults). */
export function refreshLifetime(settings: DevServerSettings, kmsi: boolean): number {
  return kmsi ? settings.kmsiRefreshTokenSeconds : settings.refreshTokenSeconds;
}

/** Issues a fresh access token for the grant and answers with it and the given refresh token. */
export async function tokenResponse(
  ctx: ServerContext,
  grant: Grant,
  user: UserFixture,
  refresh: RefreshRecord,
  includeRefreshToken: boolean,
): Promise<TokenResponseBody> {
  const lifetime = ctx.settings.accessTokenSeconds;
  const access = ctx.store.issueAccess(grant, lifetime);
  const seconds = (ms: number) => Math.floor(ms / 1000);

  const jwt = await new SignJWT({
    customerId: user.customerId,
    readOnly: user.readOnly,
    client_id: grant.clientId,
    name: user.name,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.email)
    .setIssuedAt(seconds(ctx.clock()))
    .setExpirationTime(seconds(access.expiresAt))
    .setJti(access.jti)
    .sign(ctx.jwtKey);

  return {
    access_token: access.token,
    token_type: 'bearer',
    expires_in: lifetime,
    ...(includeRefreshToken ? { refresh_token: refresh.token } : {}),
    refresh_total_validity_seconds: refresh.lifetimeSeconds,
    jwt_access_token: jwt,
    customerId: user.customerId,
    readOnly: user.readOnly,
  };
}
