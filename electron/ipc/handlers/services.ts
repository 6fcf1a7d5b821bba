/**
 * What the IPC handlers need from the host, as small interfaces: the Electron adapters in the
 * app, real core services plus named test doubles in tests. No Electron import here.
 */
import type { Clock, Logger } from '../../../core/ports';
import type { Profile } from '../../../core/profile/profile';
import type { SessionApi } from '../../../core/session/session-api';
import type { TokenRepository } from '../../../core/session/ports';
import type { DesktopSettings, EnvironmentInfo, EventName, IpcEvents } from '../contract';

/** Profiles as the handlers use them; the core's ProfileStore is adapted to this. */
export interface ProfileRepository {
  list(): Promise<Profile[]>;
  /** Throws `profile_not_found`. */
  get(name: string): Promise<Profile>;
  /** Throws `profile_exists`. */
  add(profile: Profile): Promise<void>;
  /** Throws `profile_not_found`. */
  update(profile: Profile): Promise<void>;
  remove(name: string): Promise<void>;
  /** Checks and normalises a profile from the form; throws `invalid_profile` naming the field. */
  parse(input: unknown): Profile;
}

/** The client secrets of confidential clients, kept in the vault. */
export interface ClientSecretRepository {
  has(profile: string): Promise<boolean>;
  write(profile: string, secret: string): Promise<void>;
  remove(profile: string): Promise<void>;
}

/** How secrets are protected here, and the user's choice to accept weak protection. */
export interface EnvironmentService {
  info(): Promise<EnvironmentInfo>;
  acceptWeakProtection(): Promise<EnvironmentInfo>;
}

/** Start at login, notifications and the global shortcut: stored in settings, applied to the OS. */
export interface DesktopSettingsService {
  get(): Promise<DesktopSettings>;
  /** Throws `usage` where the app cannot be a login item (a development build). */
  setStartAtLogin(enabled: boolean): Promise<DesktopSettings>;
  setNotifications(enabled: boolean): Promise<DesktopSettings>;
  /**
   * Registers the shortcut (or removes it, for null) and stores it; throws `usage` when
   * the keys are taken and `profile_not_found` for an unknown profile.
   */
  setGlobalShortcut(
    shortcut: { accelerator: string; profile?: string } | null,
  ): Promise<DesktopSettings>;
}

/** Electron's clipboard in the app; a recorder (a test double) in tests. */
export interface ClipboardWriter {
  writeText(text: string): void;
}

/** Pushes one event to the renderer. */
export type EmitEvent = <E extends EventName>(event: E, payload: IpcEvents[E]) => void;

/** Everything `createIpcHandlers` needs. */
export interface IpcServices {
  sessions: SessionApi;
  profiles: ProfileRepository;
  /** Read-only use: masked previews and claims without triggering a refresh. */
  tokens: Pick<TokenRepository, 'load'>;
  clientSecrets: ClientSecretRepository;
  environment: EnvironmentService;
  desktop: DesktopSettingsService;
  clipboard: ClipboardWriter;
  /** A loopback port free right now, for a suggested redirect URI. */
  freeLoopbackPort(): Promise<number>;
  /** Opens a local file with the OS's default application; throws when it cannot. */
  openPath(path: string): Promise<void>;
  /** Opens an http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>;
  emit: EmitEvent;
  logger: Logger;
  clock: Clock;
}
