/**
 * The tokens of one signed-in session and what the server told us about them.
 * Stored whole, encrypted, through the SecretStore under `tokens/NAME`.
 */
export interface TokenSet {
  /** Opaque access token (a UUID on Wallboard), sent as `Authorization: Bearer ...`. */
  accessToken: string;
  /** Opaque refresh token; absent when the server issued none. */
  refreshToken?: string;
  /** `jwt_access_token`: the same grant as a JWT. Its claims are shown, never trusted. */
  jwt?: string;
  /** `customerId`: the tenant. */
  customerId?: number;
  /** `readOnly`: a read-only session. */
  readOnly: boolean;
  /** When the tokens were obtained (epoch ms). */
  obtainedAt: number;
  /** When the access token expires (epoch ms). */
  accessExpiresAt: number;
  /** When the refresh token was issued (epoch ms), for the session's progress bar. */
  refreshIssuedAt?: number;
  /** When the refresh token, and with it the session, ends (epoch ms). */
  refreshExpiresAt?: number;
  /** How the session was started. */
  method: 'browser' | 'service-account';
  /** The service account's e-mail, for password-grant sessions. */
  username?: string;
  /**
   * Where the tokens came from: the profile's server, token path and client when they were
   * issued. Tokens are never sent anywhere else, even after the profile is edited.
   */
  issuedBy?: TokenIssuer;
}

/** The server endpoint and client a token set belongs to. */
export interface TokenIssuer {
  serverUrl: string;
  tokenPath: string;
  clientId: string;
}
