/**
 * What the session use case needs from the layers below it: the protocol client (OAuth
 * exchanges through oauth4webapi), the profile and token stores, and the loopback listener.
 * Narrow on purpose, so each store or client can change without touching the use case.
 */
import type { LoopbackHost } from '../loopback/redirect-uri';
import type { Profile } from '../profile/profile';
import type { TokenSet } from './token-set';

/** PKCE verifier and state for one authorization request (RFC 7636 §4.1, RFC 6749 §10.12). */
export interface AuthorizationSecrets {
  state: string;
  codeVerifier: string;
}

/** OAuth exchanges with one Wallboard server. Every method validates what it receives. */
export interface ProtocolClient {
  /** Fresh random state and PKCE code verifier. */
  newAuthorizationSecrets(): AuthorizationSecrets;
  /** The authorization request URL with the S256 code challenge (RFC 6749 §4.1.1). */
  authorizationUrl(
    profile: Profile,
    redirectUri: string,
    secrets: AuthorizationSecrets,
  ): Promise<URL>;
  /** Validates the callback and redeems its code (RFC 6749 §4.1.2-4.1.4, RFC 7636 §4.5). */
  exchangeCode(input: {
    profile: Profile;
    clientSecret?: string;
    callbackUrl: URL;
    redirectUri: string;
    secrets: AuthorizationSecrets;
  }): Promise<TokenSet>;
  /** Resource owner password credentials grant with Wallboard's totp and kmsi (RFC 6749 §4.3). */
  passwordGrant(input: {
    profile: Profile;
    clientSecret?: string;
    username: string;
    password: string;
    totp?: string;
    kmsi: boolean;
  }): Promise<TokenSet>;
  /** Refresh token grant (RFC 6749 §6); keeps the previous refresh token when none is returned. */
  refresh(input: {
    profile: Profile;
    clientSecret?: string;
    previous: TokenSet;
  }): Promise<TokenSet>;
}

/** Reads profiles; the session never writes them. */
export interface ProfileSource {
  get(name: string): Profile | Promise<Profile>;
}

/** Persists one token set per profile, encrypted by whatever SecretStore backs it. */
export interface TokenRepository {
  load(profile: string): Promise<TokenSet | undefined>;
  save(profile: string, tokens: TokenSet): Promise<void>;
  clear(profile: string): Promise<void>;
}

/** Reads a profile's client secret from the vault; undefined for public clients. */
export type ClientSecretSource = (profile: Profile) => Promise<string | undefined>;

/** A loopback redirect listener for one sign-in (RFC 8252 §7.3). */
export interface LoopbackListener {
  readonly redirectUri: string;
  readonly callback: Promise<URL>;
  close(): Promise<void>;
}

export type LoopbackListenerFactory = (options: {
  host: LoopbackHost;
  port: number;
  path: string;
  expectedState: string;
  timeoutMs: number;
  signal?: AbortSignal;
}) => Promise<LoopbackListener>;
