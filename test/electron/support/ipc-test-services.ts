/**
 * Real IPC services for tests: the core's SessionService against the dev server, a conf
 * ProfileStore and a memory vault in a temporary folder. What cannot run here is replaced by
 * test doubles named as such: the clipboard, the OS file opener, the external-link opener,
 * the login item and global shortcuts (os-doubles.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArraySink, createLogger } from '../../../core/logging/logger';
import type { BrowserOpener, Clock, SecretProtection, SecretStore } from '../../../core/ports';
import { createSessionService } from '../../../core/session/create-session-service';
import type { SessionService } from '../../../core/session/session-service';
import { EncryptedFileSecretStore } from '../../../core/store/encrypted-file-secret-store';
import { MemorySecretStore } from '../../../core/store/memory-secret-store';
import { ProfileStore } from '../../../core/store/profile-store';
import { TokenStore } from '../../../core/store/token-store';
import { AesCipherTestDouble } from '../../support/aes-cipher-test-double';
import { freeLoopbackPort } from '../../../electron/adapters/free-loopback-port';
import type {
  CallName,
  CallResult,
  EnvironmentInfo,
  EventName,
  IpcEvents,
} from '../../../electron/ipc/contract';
import { clientSecretRepository } from '../../../electron/ipc/handlers/client-secret-repository';
import {
  createIpcHandlers,
  forwardSessionEvents,
  type IpcHandlers,
} from '../../../electron/ipc/handlers/create-ipc-handlers';
import { profileRepository } from '../../../electron/ipc/handlers/profile-repository';
import type { IpcServices } from '../../../electron/ipc/handlers/services';
import { WeakProtectionGate } from '../../../electron/secrets/weak-protection-gate';
import {
  createDesktopSettingsService,
  type DesktopSettingsController,
} from '../../../electron/services/desktop-settings-service';
import { createEnvironmentService } from '../../../electron/services/environment-service';
import { LoginItemDouble, ShortcutRegistryDouble } from './os-doubles';

/** Test double for Electron's clipboard: records every text written. */
export class RecordingClipboardDouble {
  readonly writes: string[] = [];

  writeText(text: string): void {
    this.writes.push(text);
  }

  get last(): string | undefined {
    return this.writes.at(-1);
  }
}

/** Test double for the OS file opener and shell.openExternal: records what would be opened. */
export class RecordingOpenerDouble {
  readonly opened: string[] = [];

  readonly open = async (target: string): Promise<void> => {
    this.opened.push(target);
  };
}

/** A clock tests move forward instead of sleeping. Starts at the real time. */
export class MovableClock implements Clock {
  offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** Test double for a disk vault whose protection is weak (like safeStorage's basic_text). */
export class WeakDiskVaultDouble extends MemorySecretStore {
  override readonly protection: SecretProtection = {
    kind: 'os-encryption',
    strong: false,
    description: 'Test double: a disk vault with weak protection.',
  };
}

export interface IpcTestServicesOptions {
  /** How the session opens the system browser; default: records the URL and does nothing. */
  openBrowser?: BrowserOpener;
  clock?: Clock;
  /**
   * The durable vault behind the weak-protection gate; default the encrypted file store with
   * the AES test double standing in for safeStorage.
   */
  durableSecrets?: SecretStore;
  weakProtectionAccepted?: boolean;
  /** Whether the login item double says the app can start at login (default true). */
  startAtLoginAvailable?: boolean;
}

export interface IpcTestServices {
  configDir: string;
  services: IpcServices;
  handlers: IpcHandlers;
  sessions: SessionService;
  profileStore: ProfileStore;
  secrets: WeakProtectionGate;
  clipboard: RecordingClipboardDouble;
  opener: RecordingOpenerDouble;
  desktop: DesktopSettingsController;
  loginItem: LoginItemDouble;
  shortcuts: ShortcutRegistryDouble;
  /** Profiles (or undefined for the default) whose shortcut was pressed, in order. */
  shortcutPresses: Array<string | undefined>;
  /** URLs the session asked to open in the system browser. */
  browserUrls: string[];
  /** Every event the handlers emitted, in order. */
  events: Array<{ [E in EventName]: { event: E; payload: IpcEvents[E] } }[EventName]>;
  logSink: ArraySink;
  dispose(): Promise<void>;
}

/** Builds the handlers over real services in a fresh temporary folder. */
export async function createIpcTestServices(
  options: IpcTestServicesOptions = {},
): Promise<IpcTestServices> {
  const configDir = await mkdtemp(path.join(tmpdir(), 'wallboard-ipc-'));
  const clock = options.clock ?? new MovableClock();
  const logSink = new ArraySink();
  const logger = createLogger({ level: 'debug', sink: logSink, clock });
  const profileStore = new ProfileStore({ configDir, logger, env: {}, clock });
  const secrets = new WeakProtectionGate({
    durable:
      options.durableSecrets ??
      new EncryptedFileSecretStore({ dir: configDir, cipher: new AesCipherTestDouble(), logger }),
    memory: new MemorySecretStore(),
    accepted: options.weakProtectionAccepted ?? false,
  });
  const browserUrls: string[] = [];
  const sessions = createSessionService({
    configDir,
    profiles: profileStore,
    secrets,
    fetch: globalThis.fetch,
    openBrowser:
      options.openBrowser ??
      (async (url) => {
        browserUrls.push(url);
      }),
    clock,
    logger,
    autoRefresh: true,
  });

  const clipboard = new RecordingClipboardDouble();
  const opener = new RecordingOpenerDouble();
  const events: IpcTestServices['events'] = [];
  const logFilePath = path.join(configDir, 'logs', 'main.log');
  const environment = createEnvironmentService({
    gate: secrets,
    rememberAcceptance: () =>
      void profileStore.updateSettings({ acceptedWeakSecretProtection: true }),
    platform: process.platform,
    appVersion: '0.0.0-test',
    logFilePath,
  });

  const loginItem = new LoginItemDouble(options.startAtLoginAvailable ?? true);
  const shortcuts = new ShortcutRegistryDouble();
  const shortcutPresses: Array<string | undefined> = [];
  const desktop = createDesktopSettingsService({
    settings: profileStore,
    profileExists: (name) => profileStore.get(name),
    loginItem,
    shortcuts,
    onShortcut: (profile) => void shortcutPresses.push(profile),
    logger,
  });

  const services: IpcServices = {
    sessions,
    profiles: profileRepository(profileStore),
    tokens: new TokenStore(secrets, logger),
    clientSecrets: clientSecretRepository(secrets),
    environment,
    desktop,
    clipboard,
    freeLoopbackPort,
    openPath: opener.open,
    openExternal: opener.open,
    emit: (event, payload) =>
      void events.push({ event, payload } as IpcTestServices['events'][number]),
    logger,
    clock,
  };
  const unsubscribe = forwardSessionEvents(services);

  return {
    configDir,
    services,
    handlers: createIpcHandlers(services),
    sessions,
    profileStore,
    secrets,
    clipboard,
    opener,
    desktop,
    loginItem,
    shortcuts,
    shortcutPresses,
    browserUrls,
    events,
    logSink,
    dispose: async () => {
      unsubscribe();
      await rm(configDir, { recursive: true, force: true });
    },
  };
}

/** Calls a handler as the renderer would, typed by the contract; the input stays `unknown`. */
export function invoke<N extends CallName>(
  handlers: IpcHandlers,
  name: N,
  input?: unknown,
): Promise<CallResult<N>> {
  return handlers[name](input) as Promise<CallResult<N>>;
}

/** The value of a result that must have succeeded; fails the test with the error otherwise. */
export function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export type { EnvironmentInfo };
