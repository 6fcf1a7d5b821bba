/**
 * The session use case: the one place that decides between the cached token, a refresh and
 * a new sign-in. Refreshes run once at a time per profile in this process (single flight) and
 * across processes (a file lock, with the store re-read once the lock is held).
 */
import { WallboardTokenError, categoryOf, isWallboardError } from '../errors';
import { loopbackAddressOf } from '../loopback/redirect-uri';
import type { Profile } from '../profile/profile';
import type { BrowserOpener, Clock, LockRunner, Logger } from '../ports';
import { subjectOf } from './jwt-claims';
import { accessTokenUsable, needsRefresh, refreshDueAt, sessionStateOf } from './refresh-policy';
import type {
  BrowserSignInOptions,
  PasswordSignInInput,
  SessionApi,
  SessionListener,
  TokenRequestOptions,
} from './session-api';
import type { SessionStatus } from './session-status';
import { SingleFlight } from './single-flight';
import type { TokenIssuer, TokenSet } from './token-set';
import type {
  ClientSecretSource,
  LoopbackListenerFactory,
  ProfileSource,
  ProtocolClient,
  TokenRepository,
} from './ports';

/** How long a browser sign-in waits for the callback unless told otherwise. */
export const defaultSignInTimeoutMs = 5 * 60_000;

export interface SessionServiceDeps {
  profiles: ProfileSource;
  tokens: TokenRepository;
  clientSecret: ClientSecretSource;
  protocol: ProtocolClient;
  listen: LoopbackListenerFactory;
  lock: LockRunner;
  clock: Clock;
  openBrowser: BrowserOpener;
  logger: Logger;
  /** Whether a scheduler refreshes in the background (the app), so status can say when. */
  autoRefresh?: boolean;
}

type LastError = NonNullable<SessionStatus['lastError']>;

/** The session use case behind the CLI, the IPC handlers and the tray. */
export class SessionService implements SessionApi {
  private readonly refreshes = new SingleFlight<TokenSet>();
  private readonly listeners = new Set<SessionListener>();
  private readonly lastErrors = new Map<string, LastError>();
  /** Profiles whose refresh is under way, for the `refreshing` state. */
  private readonly refreshing = new Set<string>();

  constructor(private readonly deps: SessionServiceDeps) {}

  async getValidTokens(name: string, options: TokenRequestOptions = {}): Promise<TokenSet> {
    const cached = await this.loadSignedIn(name);
    if (!options.forceRefresh && !needsRefresh(cached, this.deps.clock.now())) return cached;

    return this.refreshes.run(name, () => this.refreshUnderLock(name, options.forceRefresh));
  }

  refresh(name: string): Promise<TokenSet> {
    return this.getValidTokens(name, { forceRefresh: true });
  }

  async signInWithBrowser(
    name: string,
    options: BrowserSignInOptions = {},
  ): Promise<SessionStatus> {
    const profile = await this.deps.profiles.get(name);
    requireMethod(profile, 'browser');
    const { protocol, logger } = this.deps;
    const redirect = loopbackAddressOf(profile.redirectUri);
    const secrets = protocol.newAuthorizationSecrets();
    const listener = await this.deps.listen({
      ...redirect,
      expectedState: secrets.state,
      timeoutMs: options.timeoutMs ?? defaultSignInTimeoutMs,
      signal: options.signal,
    });

    try {
      const url = await protocol.authorizationUrl(profile, listener.redirectUri, secrets);
      options.onAuthorizationUrl?.(url.href);
      if (options.openBrowser !== false) await this.openBrowser(url.href);
      logger.info('waiting for the browser sign-in', { profile: name });

      const callbackUrl = await listener.callback;
      const tokens = await protocol.exchangeCode({
        profile,
        clientSecret: await this.deps.clientSecret(profile),
        callbackUrl,
        redirectUri: listener.redirectUri,
        secrets,
      });
      return await this.storeNewSession(name, { ...tokens, issuedBy: issuerOf(profile) });
    } catch (error) {
      throw this.failed(name, error, 'could not sign in');
    } finally {
      await listener.close();
    }
  }

  async signInWithPassword(name: string, input: PasswordSignInInput): Promise<SessionStatus> {
    const profile = await this.deps.profiles.get(name);
    requireMethod(profile, 'service-account');
    try {
      const tokens = await this.deps.protocol.passwordGrant({
        profile,
        clientSecret: await this.deps.clientSecret(profile),
        username: input.username,
        password: input.password,
        totp: input.totp,
        kmsi: input.kmsi ?? profile.kmsi,
      });
      return await this.storeNewSession(name, {
        ...tokens,
        username: input.username,
        issuedBy: issuerOf(profile),
      });
    } catch (error) {
      throw this.failed(name, error, 'could not sign in the service account');
    }
  }

  async signOut(name: string): Promise<void> {
    await this.deps.lock(name, () => this.deps.tokens.clear(name));
    this.lastErrors.delete(name);
    this.deps.logger.info('signed out', { profile: name });
    await this.announce(name);
  }

  async status(name: string): Promise<SessionStatus> {
    const tokens = await this.deps.tokens.load(name);
    if (tokens === undefined) return this.statusOf(name, undefined);
    const profile = await this.deps.profiles.get(name);
    return this.statusOf(name, belongsTo(tokens, profile) ? tokens : undefined);
  }

  onChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async loadSignedIn(name: string): Promise<TokenSet> {
    const tokens = await this.deps.tokens.load(name);
    const profile = await this.deps.profiles.get(name);
    if (tokens !== undefined && belongsTo(tokens, profile)) return tokens;

    if (tokens !== undefined) {
      // The profile now names another server or client: its tokens must not go there.
      await this.deps.tokens.clear(name);
      this.deps.logger.warn('forgot tokens issued for another server or client', { profile: name });
    }
    throw new WallboardTokenError(
      'not_signed_in',
      `Profile '${name}' is not signed in. Sign in first.`,
      {
        profile: name,
      },
    );
  }

  /** Refreshes under the cross-process lock, re-reading the store once the lock is held. */
  private async refreshUnderLock(name: string, force = false): Promise<TokenSet> {
    this.refreshing.add(name);
    await this.announce(name);
    let locked = false;
    try {
      return await this.deps.lock(name, async () => {
        locked = true;
        const current = await this.loadSignedIn(name);
        if (!force && !needsRefresh(current, this.deps.clock.now())) return current;
        return this.refreshStored(name, current);
      });
    } catch (error) {
      if (locked) throw error;
      return this.keepWithoutLock(name, error);
    } finally {
      this.refreshing.delete(name);
      await this.announce(name);
    }
  }

  /** The lock could not be taken (e.g. a read-only config folder): a working token still serves. */
  private async keepWithoutLock(name: string, error: unknown): Promise<TokenSet> {
    const failure = this.failed(name, error, 'could not lock the session for a refresh');
    const current = await this.loadSignedIn(name);
    if (!accessTokenUsable(current, this.deps.clock.now())) throw failure;
    this.deps.logger.warn('could not refresh; the current access token still works', {
      profile: name,
      error: failure,
    });
    return current;
  }

  private async refreshStored(name: string, current: TokenSet): Promise<TokenSet> {
    const { logger, protocol } = this.deps;
    const profile = await this.deps.profiles.get(name);
    if (current.refreshToken === undefined) return this.keepOrEnd(name, current, undefined);

    let next: TokenSet;
    try {
      next = await protocol.refresh({
        profile,
        clientSecret: await this.deps.clientSecret(profile),
        previous: current,
      });
    } catch (error) {
      return this.keepOrEnd(name, current, error);
    }

    const issued = { ...next, issuedBy: issuerOf(profile) };
    try {
      await this.deps.tokens.save(name, issued);
    } catch (error) {
      // The server has answered; its tokens are the only working ones now, saved or not.
      const failure = this.failed(name, error, 'could not save the refreshed tokens');
      logger.error('refreshed, but the new tokens could not be saved: sign in again later', {
        profile: name,
        error: failure,
      });
      return issued;
    }
    this.lastErrors.delete(name);
    logger.info('refreshed the session', {
      profile: name,
      accessExpiresAt: new Date(next.accessExpiresAt).toISOString(),
    });
    return issued;
  }

  /**
   * After a refresh that could not happen: a rejected refresh token ends the session; network
   * or server trouble keeps a still-working access token and reports the failure.
   */
  private async keepOrEnd(name: string, current: TokenSet, error: unknown): Promise<TokenSet> {
    const now = this.deps.clock.now();
    const rejected = error === undefined || isWallboardError(error, 'session_expired');
    if (rejected) {
      if (error !== undefined) await this.deps.tokens.clear(name);
      if (error !== undefined || !accessTokenUsable(current, now)) {
        throw this.failed(
          name,
          error ??
            new WallboardTokenError(
              'session_expired',
              `The session of profile '${name}' has ended and cannot be refreshed. Sign in again.`,
              { profile: name },
            ),
          'could not refresh the session',
        );
      }
      return current;
    }

    const failure = this.failed(name, error, 'could not refresh the session');
    if (categoryOf(failure.code) === 'server' && accessTokenUsable(current, now)) {
      this.deps.logger.warn('refresh failed; the current access token still works', {
        profile: name,
        error: failure,
      });
      return current;
    }
    throw failure;
  }

  private async storeNewSession(name: string, tokens: TokenSet): Promise<SessionStatus> {
    await this.deps.lock(name, () => this.deps.tokens.save(name, tokens));
    this.lastErrors.delete(name);
    this.deps.logger.info('signed in', {
      profile: name,
      accessExpiresAt: new Date(tokens.accessExpiresAt).toISOString(),
    });
    return this.announce(name);
  }

  private async openBrowser(url: string): Promise<void> {
    try {
      await this.deps.openBrowser(url);
    } catch (error) {
      this.deps.logger.warn('could not open the system browser; open the sign-in link by hand', {
        error,
      });
    }
  }

  /** Records a failure for status, adds the profile as context, and returns it to throw. */
  private failed(name: string, error: unknown, context: string): WallboardTokenError {
    const failure = isWallboardError(error)
      ? error
      : new WallboardTokenError(
          'internal',
          `Profile '${name}': ${context}: an unexpected error occurred.`,
          {
            cause: error,
            profile: name,
          },
        );
    this.lastErrors.set(name, {
      code: failure.code,
      message: failure.message,
      at: this.deps.clock.now(),
    });
    return failure;
  }

  private async announce(name: string): Promise<SessionStatus> {
    const status = await this.status(name);
    for (const listener of this.listeners) listener(status);
    return status;
  }

  private statusOf(name: string, tokens: TokenSet | undefined): SessionStatus {
    const now = this.deps.clock.now();
    const lastError = this.lastErrors.get(name);
    let state = sessionStateOf(tokens, now);
    if (this.refreshing.has(name)) state = 'refreshing';
    else if (lastError !== undefined && tokens !== undefined && state !== 'signed-in') {
      state = 'error';
    }

    const status: SessionStatus = { profile: name, state, lastError };
    if (tokens === undefined) return status;
    return {
      ...status,
      method: tokens.method,
      subject: tokens.username ?? subjectOf(tokens.jwt),
      customerId: tokens.customerId,
      readOnly: tokens.readOnly,
      obtainedAt: tokens.obtainedAt,
      accessExpiresAt: tokens.accessExpiresAt,
      refreshIssuedAt: tokens.refreshIssuedAt,
      refreshExpiresAt: tokens.refreshExpiresAt,
      nextRefreshAt: this.deps.autoRefresh ? Math.max(now, refreshDueAt(tokens)) : undefined,
    };
  }
}

/** The server endpoint and client a profile's tokens are issued by and sent to. */
function issuerOf(profile: Profile): TokenIssuer {
  return { serverUrl: profile.serverUrl, tokenPath: profile.tokenPath, clientId: profile.clientId };
}

/** True when the tokens were issued for the profile as it is now (older sets carry no issuer). */
function belongsTo(tokens: TokenSet, profile: Profile): boolean {
  const issuer = tokens.issuedBy;
  if (issuer === undefined) return true;
  const current = issuerOf(profile);
  return (
    issuer.serverUrl === current.serverUrl &&
    issuer.tokenPath === current.tokenPath &&
    issuer.clientId === current.clientId
  );
}

/** Refuses a sign-in that does not match how the profile signs in. */
function requireMethod(profile: Profile, method: Profile['method']): void {
  if (profile.method === method) return;
  const how = profile.method === 'browser' ? 'through the browser' : 'as a service account';
  throw new WallboardTokenError(
    'invalid_profile',
    `Profile '${profile.name}' signs in ${how}; sign in that way, or add a profile for the other method.`,
    { profile: profile.name },
  );
}
