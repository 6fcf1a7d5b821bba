/**
 * Reads the claims of Wallboard's `jwt_access_token` for display. The signature is not
 * verified (we hold no key), so nothing here is ever used to decide anything.
 */
import { decodeJwt, type JWTPayload } from 'jose';

/** The JWT's claims, or undefined when it is absent or not a well-formed JWT. */
export function readJwtClaims(jwt: string | undefined): JWTPayload | undefined {
  if (jwt === undefined) return undefined;
  try {
    return decodeJwt(jwt);
  } catch {
    return undefined;
  }
}

/** Who the session belongs to, for display: the JWT's subject or name, else undefined. */
export function subjectOf(jwt: string | undefined): string | undefined {
  const claims = readJwtClaims(jwt);
  if (claims === undefined) return undefined;
  if (typeof claims.sub === 'string' && claims.sub !== '') return claims.sub;
  return typeof claims['name'] === 'string' ? claims['name'] : undefined;
}
