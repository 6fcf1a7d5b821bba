/**
 * The small interfaces the core asks of its host (the Electron shell or the CLI).
 * Each host supplies adapters; tests supply real loopback servers and, where a thing
 * cannot run here, test doubles named as such.
 */

/** Wall-clock time in epoch milliseconds, injectable so expiry tests move time instead of sleeping. */
export interface Clock {
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** HTTP as the WHATWG fetch API: Electron's `net.fetch` in the app, undici with proxy support in the CLI. */
export type FetchLike = typeof fetch;

/** Opens a URL in the user's system browser. Only http(s) URLs are ever passed. */
export type BrowserOpener = (url: string) => Promise<void>;

/** Structured, levelled logging. Implementations redact secrets before writing anything. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** How well a secret store protects what it holds at rest. */
export interface SecretProtection {
  /** `os-keyring`, `os-encryption` (safeStorage), `plain-file` (mode 0600) or `memory` (lost on exit). */
  kind: 'os-keyring' | 'os-encryption' | 'plain-file' | 'memory';
  /** True only when an attacker with the user's files cannot read the secrets. */
  strong: boolean;
  /** One sentence for the user, e.g. "Secrets are stored unencrypted in ~/.config/... (mode 0600)." */
  description: string;
}

/**
 * Secrets at rest: tokens and client secrets, and nothing else. Keys are short ASCII names
 * such as `tokens/prod` or `client-secret/prod`.
 */
export interface SecretStore {
  readonly protection: SecretProtection;
  read(key: string): Promise<string | undefined>;
  write(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A cross-process exclusive lock, held while `task` runs and released after, even on error. */
export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;
