/**
 * Wires the session use case from what a host provides (profiles, a secret store, fetch,
 * a browser opener, a clock and a logger). The CLI and the Electron shell both start here.
 */
import { join } from 'node:path';
import { startLoopbackListener } from '../loopback/loopback-listener';
import { defaultServiceClient, type Profile } from '../profile/profile';
import type { BrowserOpener, Clock, FetchLike, Logger, SecretStore } from '../ports';
import { createProtocolClient } from '../protocol/protocol-client';
import { createFileLock } from '../store/file-lock';
import { readClientSecret, TokenStore } from '../store/token-store';
import type { ProfileSource } from './ports';
import { SessionService } from './session-service';

export interface SessionHost {
  /** Where the cross-process lock files live (`locks/` below it). */
  configDir: string;
  profiles: ProfileSource;
  secrets: SecretStore;
  fetch: FetchLike;
  openBrowser: BrowserOpener;
  clock: Clock;
  logger: Logger;
  /** True in the app, where a RefreshScheduler refreshes in the background. */
  autoRefresh?: boolean;
  /** How long a token request may take (default 30 s). */
  requestTimeoutMs?: number;
}

/** The session service for a host, with the file lock, token store and protocol client. */
export function createSessionService(host: SessionHost): SessionService {
  const { secrets } = host;
  return new SessionService({
    profiles: host.profiles,
    tokens: new TokenStore(secrets, host.logger),
    clientSecret: (profile) => clientSecretOf(secrets, profile),
    protocol: createProtocolClient({
      fetch: host.fetch,
      clock: host.clock,
      timeoutMs: host.requestTimeoutMs,
    }),
    listen: startLoopbackListener,
    lock: createFileLock(join(host.configDir, 'locks')),
    clock: host.clock,
    openBrowser: host.openBrowser,
    logger: host.logger,
    autoRefresh: host.autoRefresh,
  });
}

/**
 * The client secret a token request authenticates with: none for public clients, the stored
 * one, else the documented secret of Wallboard's default service-account client.
 */
async function clientSecretOf(secrets: SecretStore, profile: Profile): Promise<string | undefined> {
  if (profile.clientType === 'public') return undefined;
  const stored = await readClientSecret(secrets, profile.name);
  if (stored !== undefined) return stored;
  return profile.clientId === defaultServiceClient.clientId
    ? defaultServiceClient.clientSecret
    : undefined;
}
