/**
 * A session service for one service-account profile against a fresh dev server, both on one
 * injected clock that tests move forward.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArraySink, createLogger } from '../../core/logging/logger';
import type { Profile } from '../../core/profile/profile';
import type { SecretStore } from '../../core/ports';
import { createSessionService } from '../../core/session/create-session-service';
import { MemorySecretStore } from '../../core/store/memory-secret-store';
import { startWallboardServer } from '../wallboard-server/server';

export const sessionStart = Date.UTC(2026, 11, 3, 14, 0);

export interface SessionSetupOptions {
  /** The secret store (default: a fresh in-memory one). */
  secrets?: SecretStore;
  /** The config folder (default: a fresh temporary one). */
  configDir?: string;
}

export async function startSignedOutSession(
  options: Parameters<typeof startWallboardServer>[0] = {},
  setup: SessionSetupOptions = {},
) {
  let now = sessionStart;
  const clock = { now: () => now };
  const server = await startWallboardServer({ quiet: true, clock: clock.now, ...options });
  const profile: Profile = {
    name: 'svc',
    serverUrl: server.url,
    method: 'service-account',
    clientId: 'default-client',
    clientType: 'confidential',
    authorizePath: '/oauth/authorize',
    tokenPath: '/oauth/token',
    kmsi: false,
    allowHttp: true,
  };
  const sink = new ArraySink();
  const logger = createLogger({ level: 'debug', sink });
  const sessions = createSessionService({
    configDir: setup.configDir ?? mkdtempSync(join(tmpdir(), 'wallboard-token-session-')),
    profiles: { get: () => profile },
    secrets: setup.secrets ?? new MemorySecretStore(),
    fetch,
    openBrowser: async () => {},
    clock,
    logger,
    autoRefresh: true,
  });
  return {
    server,
    sessions,
    sink,
    logger,
    clock,
    password: { username: 'service@example.com', password: 'service-password-1' },
    advance: (ms: number) => (now += ms),
  };
}
