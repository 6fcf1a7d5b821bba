/**
 * Persistence of token sets and client secrets over a SecretStore: `tokens/NAME` holds a
 * profile's TokenSet as JSON, `client-secret/NAME` its OAuth client secret. No other logic.
 */
import { z } from 'zod';
import { WallboardTokenError } from '../errors';
import type { Logger, SecretStore } from '../ports';
import type { TokenSet } from '../session/token-set';

/** The secret-store key of a profile's token set. */
export const tokensKey = (profile: string): string => `tokens/${profile}`;

/** The secret-store key of a profile's client secret. */
export const clientSecretKey = (profile: string): string => `client-secret/${profile}`;

const epochMs = z.number().int().nonnegative();

/**
 * What a stored token set must look like to be used; anything else reads as signed out.
 * Loose, so an optional field added to TokenSet later survives a round trip through an older copy.
 */
export const tokenSetSchema = z.looseObject({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1).optional(),
  jwt: z.string().min(1).optional(),
  customerId: z.number().int().optional(),
  readOnly: z.boolean(),
  obtainedAt: epochMs,
  accessExpiresAt: epochMs,
  refreshIssuedAt: epochMs.optional(),
  refreshExpiresAt: epochMs.optional(),
  method: z.enum(['browser', 'service-account']),
  username: z.string().optional(),
  issuedBy: z
    .object({ serverUrl: z.string(), tokenPath: z.string(), clientId: z.string() })
    .optional(),
}) satisfies z.ZodType<TokenSet>;

/** Loads, saves and clears one TokenSet per profile (the session's TokenRepository). */
export class TokenStore {
  constructor(
    private readonly secrets: SecretStore,
    private readonly logger: Logger,
  ) {}

  /**
   * The profile's tokens, or undefined when signed out. An entry that does not parse is kept
   * (a newer version may have written it) and reported, and the profile reads as signed out.
   */
  async load(profile: string): Promise<TokenSet | undefined> {
    const stored = await this.secrets.read(tokensKey(profile));
    if (stored === undefined) return undefined;

    const parsed = tokenSetSchema.safeParse(parseJson(stored));
    if (parsed.success) return parsed.data;
    // The issue paths name fields, never their values.
    this.logger.warn(`The stored tokens of profile '${profile}' are unreadable; sign in again.`, {
      profile,
      fields: fieldsOf(parsed.error),
    });
    return undefined;
  }

  /** Stores the profile's tokens, replacing any before. */
  async save(profile: string, tokens: TokenSet): Promise<void> {
    const checked = tokenSetSchema.safeParse(tokens);
    if (!checked.success) {
      throw new WallboardTokenError(
        'internal',
        `Refusing to store an invalid token set for profile '${profile}' (${fieldsOf(checked.error)}).`,
        { profile },
      );
    }
    await this.secrets.write(tokensKey(profile), JSON.stringify(checked.data));
  }

  /** Forgets the profile's tokens (signing out: Wallboard documents no revocation). */
  async clear(profile: string): Promise<void> {
    await this.secrets.remove(tokensKey(profile));
  }
}

function fieldsOf(error: z.ZodError): string {
  return error.issues.map((issue) => issue.path.join('.') || '(whole entry)').join(', ');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The profile's stored client secret, if any. */
export function readClientSecret(
  secrets: SecretStore,
  profile: string,
): Promise<string | undefined> {
  return secrets.read(clientSecretKey(profile));
}

/** Stores the profile's client secret. */
export function writeClientSecret(
  secrets: SecretStore,
  profile: string,
  secret: string,
): Promise<void> {
  return secrets.write(clientSecretKey(profile), secret);
}

/** Forgets the profile's client secret. */
export function removeClientSecret(secrets: SecretStore, profile: string): Promise<void> {
  return secrets.remove(clientSecretKey(profile));
}
