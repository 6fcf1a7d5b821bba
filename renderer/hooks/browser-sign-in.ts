/**
 * Browser sign-ins in progress, per profile, kept outside any component so that leaving a
 * profile and coming back still shows its sign-in waiting for the browser.
 */
import { useSyncExternalStore } from 'react';
import { wallboard } from '../bridge/wallboard';
import type { IpcError } from '../bridge/types';

export type BrowserSignInState =
  { phase: 'idle'; error?: IpcError } | { phase: 'waiting'; authorizationUrl?: string };

const idle: BrowserSignInState = { phase: 'idle' };
const states = new Map<string, BrowserSignInState>();
const listeners = new Set<() => void>();
let stopProgress: (() => void) | undefined;

function stateOf(profile: string): BrowserSignInState {
  return states.get(profile) ?? idle;
}

function update(profile: string, state: BrowserSignInState): void {
  states.set(profile, state);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  stopProgress ??= wallboard().onLoginProgress((progress) => {
    if (progress.stage !== 'waiting-for-browser') return;
    if (stateOf(progress.profile).phase !== 'waiting') return;
    update(progress.profile, { phase: 'waiting', authorizationUrl: progress.authorizationUrl });
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    stopProgress?.();
    stopProgress = undefined;
  };
}

/** Starts a browser sign-in; resolves when it completed, failed or was cancelled. */
export async function startBrowserSignIn(profile: string): Promise<void> {
  if (stateOf(profile).phase === 'waiting') return;
  update(profile, { phase: 'waiting' });
  const result = await wallboard().signInWithBrowser({ profile });
  // Cancelling is the user's own doing: nothing to report.
  const failed = !result.ok && result.error.code !== 'login_cancelled';
  update(profile, failed ? { phase: 'idle', error: result.error } : idle);
}

/** Cancels the profile's pending sign-in; its `startBrowserSignIn` then resolves. */
export async function cancelBrowserSignIn(profile: string): Promise<void> {
  await wallboard().cancelSignIn({ profile });
}

/** Forgets the last failure, e.g. when the user starts over another way. */
export function clearBrowserSignInError(profile: string): void {
  if (stateOf(profile).phase === 'idle') update(profile, idle);
}

/** The sign-in state of one profile. */
export function useBrowserSignIn(profile: string): BrowserSignInState {
  return useSyncExternalStore(subscribe, () => stateOf(profile));
}
