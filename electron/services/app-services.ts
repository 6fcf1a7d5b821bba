/**
 * The app's composition root: builds the core's services on Electron adapters (electron-store,
 * safeStorage, net.fetch, shell) and the IPC services over them. Runs once, after `ready`.
 */
import { app, clipboard, shell } from 'electron';
import path from 'node:path';
import { systemClock, type Logger, type SecretStore } from '../../core/ports';
import { createSessionService } from '../../core/session/create-session-service';
import { RefreshScheduler } from '../../core/session/refresh-scheduler';
import type { SessionService } from '../../core/session/session-service';
import { EncryptedFileSecretStore } from '../../core/store/encrypted-file-secret-store';
import { MemorySecretStore } from '../../core/store/memory-secret-store';
import { PlainFileSecretStore } from '../../core/store/plain-file-secret-store';
import type { ProfileStore } from '../../core/store/profile-store';
import { TokenStore } from '../../core/store/token-store';
import { openInSystemBrowser } from '../adapters/browser-opener';
import { freeLoopbackPort } from '../adapters/free-loopback-port';
import { netFetch } from '../adapters/net-fetch';
import { createSafeStorageCipher, safeStorageReport } from '../adapters/safe-storage-cipher';
import { openAppProfileStore } from '../adapters/store';
import { clientSecretRepository } from '../ipc/handlers/client-secret-repository';
import { profileRepository } from '../ipc/handlers/profile-repository';
import type { EmitEvent, IpcServices } from '../ipc/handlers/services';
import { ReEncryptingStore } from '../secrets/re-encrypting-store';
import { safeStorageProtection } from '../secrets/safe-storage-protection';
import { WeakProtectionGate } from '../secrets/weak-protection-gate';
import { electronShortcuts } from '../os/global-shortcuts';
import { createLoginItem } from '../os/login-item';
import {
  createDesktopSettingsService,
  type DesktopSettingsController,
} from './desktop-settings-service';
import { createEnvironmentService, weakProtectionSetting } from './environment-service';

export interface AppServices {
  ipc: IpcServices;
  sessions: SessionService;
  scheduler: RefreshScheduler;
  profileStore: ProfileStore;
  desktop: DesktopSettingsController;
}

export interface AppServicesInput {
  configDir: string;
  logger: Logger;
  logFilePath: string;
  emit: EmitEvent;
  /** The global shortcut was pressed; `profile` is the one it was set for, if any. */
  onShortcut?: (profile: string | undefined) => void;
}

/** The vault: safeStorage-encrypted file, or memory only until weak protection is accepted. */
async function openVault(
  configDir: string,
  logger: Logger,
  accepted: boolean,
): Promise<WeakProtectionGate> {
  const report = await safeStorageReport();
  const durable: SecretStore = report.available
    ? new ReEncryptingStore(
        new EncryptedFileSecretStore({
          dir: configDir,
          cipher: await createSafeStorageCipher(),
          logger,
        }),
        logger,
      )
    : // Without safeStorage there is no cipher; an accepted weak protection means a 0600 file.
      new PlainFileSecretStore({ configDir, logger });
  const gate = new WeakProtectionGate({
    durable,
    memory: new MemorySecretStore(),
    accepted,
    weakReason: safeStorageProtection(report).description,
  });
  logger.info('secret storage chosen', {
    protection: gate.protection.kind,
    strong: gate.protection.strong,
    inMemoryOnly: gate.inMemoryOnly,
  });
  return gate;
}

/** Builds every service the app needs; nothing starts running yet. */
export async function createAppServices(input: AppServicesInput): Promise<AppServices> {
  const { configDir, logger } = input;
  const profileStore = openAppProfileStore(configDir, logger);
  const accepted = profileStore.settings()[weakProtectionSetting] === true;
  const secrets = await openVault(configDir, logger, accepted);

  const sessions = createSessionService({
    configDir,
    profiles: profileStore,
    secrets,
    fetch: netFetch,
    openBrowser: openInSystemBrowser,
    clock: systemClock,
    logger,
    autoRefresh: true,
  });
  const scheduler = new RefreshScheduler({
    sessions,
    profileNames: () => profileStore.list().map((profile) => profile.name),
    clock: systemClock,
    logger,
  });

  const environment = createEnvironmentService({
    gate: secrets,
    rememberAcceptance: () => void profileStore.updateSettings({ [weakProtectionSetting]: true }),
    platform: process.platform,
    appVersion: app.getVersion(),
    logFilePath: input.logFilePath,
    configRecoveryNotice: profileStore.recovered?.notice,
  });

  const desktop = createDesktopSettingsService({
    settings: profileStore,
    profileExists: (name) => profileStore.get(name),
    loginItem: createLoginItem(),
    shortcuts: electronShortcuts,
    onShortcut: (profile) => input.onShortcut?.(profile),
    logger,
  });

  const ipc: IpcServices = {
    sessions,
    profiles: profileRepository(profileStore),
    tokens: new TokenStore(secrets, logger),
    clientSecrets: clientSecretRepository(secrets),
    environment,
    desktop,
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    freeLoopbackPort,
    openPath: async (file) => {
      const problem = await shell.openPath(path.resolve(file));
      if (problem !== '') throw new Error(`could not open the log file: ${problem}`);
    },
    openExternal: openInSystemBrowser,
    emit: input.emit,
    logger,
    clock: systemClock,
  };
  return { ipc, sessions, scheduler, profileStore, desktop };
}
