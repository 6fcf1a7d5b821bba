/**
 * The CLI's composition root: the core wired to Node adapters (the OS keyring or a 0600
 * file, undici with proxy support, the system browser, a file lock in the config directory).
 */
import { createLogger, createStreamSink } from '../core/logging/logger';
import type { Logger, SecretStore } from '../core/ports';
import { systemClock } from '../core/ports';
import { createSessionService } from '../core/session/create-session-service';
import type { SessionService } from '../core/session/session-service';
import { openNodeSecretStore } from '../core/store/choose-node-secret-store';
import { resolveConfigDir } from '../core/store/config-dir';
import { openProfileStore, type ProfileStore } from '../core/store/profile-store';
import { createProxyFetch } from './adapters/proxy-fetch';
import { openInSystemBrowser } from './adapters/system-browser';
import type { CliIo } from './io';

export interface CliServices {
  configDir: string;
  profiles: ProfileStore;
  secrets: SecretStore;
  sessions: SessionService;
  logger: Logger;
}

/** Opens the stores in the config directory and wires the session use case. */
export async function openCliServices(options: {
  configDir?: string;
  verbose: boolean;
  io: CliIo;
}): Promise<CliServices> {
  const logger = createLogger({
    level: options.verbose ? 'debug' : 'warn',
    sink: createStreamSink(process.stderr),
  });
  const configDir = resolveConfigDir({ flag: options.configDir, env: options.io.env });
  const profiles = openProfileStore({ configDir, logger, env: options.io.env });
  const secrets = await openNodeSecretStore({ configDir, logger });
  const sessions = createSessionService({
    configDir,
    profiles,
    secrets,
    fetch: createProxyFetch(options.io.env),
    openBrowser: openInSystemBrowser,
    clock: systemClock,
    logger,
  });
  return { configDir, profiles, secrets, sessions, logger };
}
