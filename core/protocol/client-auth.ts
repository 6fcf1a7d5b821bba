/**
 * How the client authenticates at the token endpoint. Wallboard documents the Basic header as
 * base64 of the raw `client_id:client_secret`, which oauth4webapi's ClientSecretBasic would
 * form-urlencode first (RFC 6749 §2.3.1), so confidential clients use our own ClientAuth.
 */
import { Buffer } from 'node:buffer';
import { None, type ClientAuth } from 'oauth4webapi';
import { WallboardTokenError } from '../errors';
import type { Profile } from '../profile/profile';

/** RFC 7617 §2 Basic credentials of the raw id and secret, as Wallboard's documentation shows. */
export function wallboardBasicAuth(clientSecret: string): ClientAuth {
  return (_as, client, _body, headers) => {
    const credentials = Buffer.from(`${client.client_id}:${clientSecret}`, 'utf8');
    headers.set('authorization', `Basic ${credentials.toString('base64')}`);
  };
}

/**
 * RFC 6749 §2.3: Basic for confidential clients, `client_id` in the body for public ones
 * (oauth4webapi `None`). A confidential profile without its secret is a configuration error.
 */
export function clientAuthFor(profile: Profile, clientSecret: string | undefined): ClientAuth {
  if (profile.clientType === 'public') return None();
  if (clientSecret === undefined || clientSecret === '') {
    throw new WallboardTokenError(
      'invalid_profile',
      `Profile '${profile.name}' uses the confidential client '${profile.clientId}' but no ` +
        'client secret is stored for it. Enter the client secret in the profile settings.',
      { profile: profile.name },
    );
  }
  return wallboardBasicAuth(clientSecret);
}
