/**
 * The one contract between the main process and the renderer: every call's name, its input
 * schema (validated in main), its result, and every event. Imports nothing from Node or
 * Electron, so the renderer derives `window.wallboard`'s type from this file alone.
 */
import { z } from 'zod';
import type { ErrorCode } from '../../core/errors';
import type { SecretProtection } from '../../core/ports';
import type { Profile } from '../../core/profile/profile';
import type { SessionStatus } from '../../core/session/session-status';
import { acceleratorProblem } from '../os/accelerator';

export type { ErrorCode, Profile, SecretProtection, SessionStatus };

/** Codes only the IPC layer produces: a payload the schema refused, a sender we do not trust. */
export const ipcOnlyErrorCodes = ['invalid_input', 'forbidden'] as const;

/** Every code a call can fail with: the core's stable codes plus the IPC layer's own. */
export type IpcErrorCode = ErrorCode | (typeof ipcOnlyErrorCodes)[number];

/** A failure that crossed IPC: a stable code, a sentence without secrets, the field if one. */
export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** The offending input field as a dotted path, e.g. `profile.serverUrl`, when known. */
  field?: string;
}

/** Every call resolves to one of these; expected failures never reject. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

// ---------------------------------------------------------------------------------------------
// Shapes crossing the bridge

/** A profile with what the sidebar and forms need; never the client secret itself. */
export interface ProfileEntry {
  profile: Profile;
  /** True when a client secret is stored for this profile (confidential clients). */
  hasClientSecret: boolean;
  status: SessionStatus;
}

/** What the session view shows: previews and decoded claims, never a full token. */
export interface SessionView {
  status: SessionStatus;
  /** Masked access token, e.g. `e1c1ae22-••••-••••-••••-65d66a6cdc46`. */
  accessTokenPreview?: string;
  /** Masked refresh token, present when the session has one. */
  refreshTokenPreview?: string;
  /** True when the server issued a `jwt_access_token`. */
  hasJwt: boolean;
  /** The JWT's payload, decoded but NOT verified: show it, never trust it. */
  jwtClaims?: Record<string, unknown>;
}

export type TokenKind = 'access' | 'refresh' | 'jwt';
export type CopyFormat = 'token' | 'header' | 'curl' | 'jwt' | 'env';

/** The host and how well secrets are protected at rest on it. */
export interface EnvironmentInfo {
  protection: SecretProtection;
  /** True once the user accepted weak protection on this machine. */
  weakProtectionAccepted: boolean;
  /** True when refresh tokens live in memory only (weak protection, not accepted). */
  tokensInMemoryOnly: boolean;
  platform: 'darwin' | 'win32' | 'linux' | string;
  appVersion: string;
  logFilePath: string;
  /** Set when a broken config file was moved aside at start: one sentence to show. */
  configRecoveryNotice?: string;
}

/** Progress of one browser sign-in, pushed while `signInWithBrowser` is pending. */
export type LoginProgress =
  | {
      profile: string;
      stage: 'waiting-for-browser';
      /** The authorization URL: holds state and a PKCE challenge, no secret; safe to show. */
      authorizationUrl: string;
    }
  | { profile: string; stage: 'completed'; status: SessionStatus }
  | { profile: string; stage: 'failed'; error: IpcError };

/** The global shortcut the user set: its keys and the profile whose token it copies. */
export interface GlobalShortcutSetting {
  /** An Electron accelerator, e.g. `CommandOrControl+Alt+T`. */
  accelerator: string;
  /** The profile to copy from; without one, the only or the selected profile. */
  profile?: string;
  /** False when the OS or another app refused the keys (the setting is kept for next start). */
  registered: boolean;
}

/** The app's desktop integration settings: tray, notifications, login, shortcut. */
export interface DesktopSettings {
  /** The app starts (in the tray, without its window) when the user logs in. Off by default. */
  startAtLogin: boolean;
  /** False where the app cannot register itself (a development build). */
  startAtLoginAvailable: boolean;
  /** Notifications for sessions about to end and failed automatic refreshes. On by default. */
  notifications: boolean;
  globalShortcut?: GlobalShortcutSetting;
  /** True once the app has said, on the first close, that it keeps running in the tray. */
  trayNoticeShown: boolean;
}

/** Why main asks the window to show a profile: the user opened it, or must sign in again. */
export interface FocusProfile {
  profile: string;
  reason: 'open' | 'sign-in';
}

// ---------------------------------------------------------------------------------------------
// Input schemas

const profileName = z.string().trim().min(1, 'Enter a profile name.').max(64);
const byProfile = z.strictObject({ profile: profileName });
const noInput = z.strictObject({}).optional();

/**
 * A profile as the form sends it. Main checks the details (URL rules, name characters, paths)
 * with the core's profile validation, which names the field that is wrong.
 */
export const profileInputSchema = z.strictObject({
  name: profileName,
  serverUrl: z.string().trim().min(1, 'Enter the server URL.').max(2048),
  method: z.enum(['browser', 'service-account']),
  clientId: z.string().trim().min(1, 'Enter the client id.').max(256),
  clientType: z.enum(['public', 'confidential']),
  /** Confidential clients: a new secret to store; omitted on update keeps the stored one. */
  clientSecret: z.string().min(1).max(1024).optional(),
  redirectUri: z.string().trim().max(2048).optional(),
  authorizePath: z.string().trim().max(512).optional(),
  tokenPath: z.string().trim().max(512).optional(),
  kmsi: z.boolean(),
  allowHttp: z.boolean(),
});
export type ProfileInput = z.input<typeof profileInputSchema>;

/** A call's input schema and, as a type only, its success value. */
export interface CallSpec<I extends z.ZodType, V> {
  readonly input: I;
  /** Never set at run time; carries the success value's type. */
  readonly value?: V;
}

function call<V>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, V> => ({ input });
}

/** Every call the renderer may make, by name. Names are stable: the renderer depends on them. */
export const ipcCalls = {
  /** All profiles with their session status, sorted by name. */
  listProfiles: call<ProfileEntry[]>()(noInput),
  getProfile: call<ProfileEntry>()(byProfile),
  addProfile: call<ProfileEntry>()(
    z.strictObject({
      profile: profileInputSchema.refine(
        (p) => p.clientType === 'public' || p.clientSecret !== undefined,
        {
          path: ['clientSecret'],
          message: 'Enter the client secret: confidential clients need one.',
        },
      ),
    }),
  ),
  /** Updates the profile named `profile.name`; renaming is not supported. */
  updateProfile: call<ProfileEntry>()(z.strictObject({ profile: profileInputSchema })),
  /** Signs out, forgets the client secret and removes the profile. */
  removeProfile: call<{ removed: string }>()(byProfile),
  /** A fixed loopback redirect URI on a port that is free now, to register in Wallboard. */
  suggestRedirectUri: call<{ redirectUri: string }>()(noInput),

  /** Resolves when the sign-in completes, fails or is cancelled; progress comes as events. */
  signInWithBrowser: call<SessionStatus>()(byProfile),
  cancelSignIn: call<{ cancelled: boolean }>()(byProfile),
  /** Copies the pending sign-in's authorization URL, for when the browser did not open. */
  copySignInLink: call<{ copied: true }>()(byProfile),
  /**
   * Password grant for service accounts. `clientId`/`clientSecret` replace the profile's
   * client (and are saved to it) when given, e.g. the pre-filled default client.
   */
  signInWithPassword: call<SessionStatus>()(
    z.strictObject({
      profile: profileName,
      username: z.string().trim().min(1, 'Enter the e-mail address.').max(320),
      password: z.string().min(1, 'Enter the password.').max(1024),
      totp: z
        .string()
        .trim()
        .regex(/^\d{6,8}$/, 'Enter the 6-digit code from your authenticator app.')
        .optional(),
      kmsi: z.boolean(),
      clientId: z.string().trim().min(1).max(256).optional(),
      clientSecret: z.string().min(1).max(1024).optional(),
    }),
  ),
  refreshNow: call<SessionStatus>()(byProfile),
  signOut: call<SessionStatus>()(byProfile),

  /** Status, masked previews and decoded JWT claims; never a token. */
  getSession: call<SessionView>()(byProfile),
  /** The only call that returns a token, on the user's explicit Reveal. */
  revealToken: call<{ kind: TokenKind; token: string }>()(
    z.strictObject({ profile: profileName, kind: z.enum(['access', 'refresh', 'jwt']) }),
  ),
  /** Main builds the text from a valid token and writes the clipboard; the token stays there. */
  copy: call<{ format: CopyFormat }>()(
    z.strictObject({
      profile: profileName,
      format: z.enum(['token', 'header', 'curl', 'jwt', 'env']),
    }),
  ),

  getEnvironment: call<EnvironmentInfo>()(noInput),
  /** The user accepts weak protection on this machine: tokens are then written to disk. */
  acceptWeakProtection: call<EnvironmentInfo>()(noInput),
  openLogFile: call<{ opened: true }>()(noInput),
  /** Opens an http(s) URL in the system browser; anything else is refused. */
  openExternal: call<{ opened: true }>()(z.strictObject({ url: z.string().max(4096) })),

  /** Start at login, notifications, the global shortcut; read from the OS and the settings. */
  getDesktopSettings: call<DesktopSettings>()(noInput),
  /** Registers or removes the app as a login item; fails with `usage` where unavailable. */
  setStartAtLogin: call<DesktopSettings>()(z.strictObject({ enabled: z.boolean() })),
  /** Turns the session notifications on or off (the first-close notice shows regardless). */
  setNotifications: call<DesktopSettings>()(z.strictObject({ enabled: z.boolean() })),
  /** Sets (or with `accelerator: null` removes) the shortcut that copies a profile's token. */
  setGlobalShortcut: call<DesktopSettings>()(
    z.strictObject({
      accelerator: z
        .string()
        .trim()
        .max(64)
        .superRefine((value, ctx) => {
          const problem = acceleratorProblem(value);
          if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
        })
        .nullable(),
      profile: profileName.optional(),
    }),
  ),
} as const;

/** Events main pushes to the renderer, with their payload types. */
export interface IpcEvents {
  sessionChanged: SessionStatus;
  loginProgress: LoginProgress;
  /** The tray or a notification asks the window to select this profile. */
  focusProfile: FocusProfile;
}

export type CallName = keyof typeof ipcCalls;
export type EventName = keyof IpcEvents;

/** The call names, for building the bridge and registering handlers. */
export const callNames = Object.keys(ipcCalls) as CallName[];
export const eventNames = [
  'sessionChanged',
  'loginProgress',
  'focusProfile',
] as const satisfies EventName[];

export type CallInput<N extends CallName> = z.input<(typeof ipcCalls)[N]['input']>;
export type CallValue<N extends CallName> =
  (typeof ipcCalls)[N] extends CallSpec<z.ZodType, infer V> ? V : never;
export type CallResult<N extends CallName> = Result<CallValue<N>>;

/** The IPC channel of a call; the preload and main agree on it through this function. */
export function callChannel(name: CallName): string {
  return `wallboard:call:${name}`;
}

/** The IPC channel of an event. */
export function eventChannel(name: EventName): string {
  return `wallboard:event:${name}`;
}

type Listener<E extends EventName> = (payload: IpcEvents[E]) => void;

/** `onSessionChanged`, `onLoginProgress`: each returns an unsubscribe function. */
export type EventSubscriptions = {
  [E in EventName as `on${Capitalize<E>}`]: (listener: Listener<E>) => () => void;
};

/** `window.wallboard`: one named function per call, one subscription per event. */
export type WallboardBridge = {
  readonly [N in CallName]: undefined extends CallInput<N>
    ? (input?: CallInput<N>) => Promise<CallResult<N>>
    : (input: CallInput<N>) => Promise<CallResult<N>>;
} & { readonly [K in keyof EventSubscriptions]: EventSubscriptions[K] };
