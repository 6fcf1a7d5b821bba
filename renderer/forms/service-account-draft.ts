/**
 * The service-account sign-in form as plain data: its fields, the sentence for each field that
 * is wrong, and the contract input. The TOTP field exists once the server asked for a code.
 */
import { defaultServiceClient } from '../../core/profile/profile';
import type { Profile } from '../bridge/types';

export interface ServiceAccountDraft {
  username: string;
  password: string;
  totp: string;
  kmsi: boolean;
  clientId: string;
  /** Empty keeps the profile's stored secret. */
  clientSecret: string;
}

export type ServiceAccountProblems = Partial<Record<keyof ServiceAccountDraft, string>>;

/** The form for a profile, its client pre-filled and the last account's e-mail, if any. */
export function serviceAccountDraftOf(profile: Profile, username = ''): ServiceAccountDraft {
  return {
    username,
    password: '',
    totp: '',
    kmsi: profile.kmsi,
    clientId: profile.clientId,
    clientSecret: '',
  };
}

/**
 * The code as the server wants it: authenticator apps show "123 456", and people paste it with
 * spaces or dashes, so separators go; anything else is left for the check to refuse.
 */
export function normaliseTotp(code: string): string {
  return code.replace(/[\s\-\u2010-\u2015.·_]/g, '');
}

/** The sentence for each field that is wrong; the TOTP only counts when it is asked for. */
export function serviceAccountProblems(
  draft: ServiceAccountDraft,
  totpAsked: boolean,
): ServiceAccountProblems {
  const problems: ServiceAccountProblems = {};
  const username = draft.username.trim();
  if (username === '') problems.username = 'Enter the service account’s e-mail address.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(username)) {
    problems.username = 'Enter an e-mail address, such as robot@example.com.';
  }
  if (draft.password === '') problems.password = 'Enter the password.';
  if (totpAsked && !/^\d{6,8}$/.test(normaliseTotp(draft.totp))) {
    problems.totp = 'Enter the 6-digit code your authenticator app shows now.';
  }
  if (draft.clientId.trim() === '')
    problems.clientId = 'Enter the client id, such as default-client.';
  return problems;
}

/**
 * The contract's signInWithPassword input. The client goes along only when it differs from the
 * profile's; Wallboard's default client gets its published secret when none is stored.
 */
export function passwordSignInInput(
  profile: Profile,
  draft: ServiceAccountDraft,
  options: { totpAsked: boolean; hasStoredSecret: boolean },
) {
  const clientId = draft.clientId.trim();
  const publishedSecret =
    clientId === defaultServiceClient.clientId && !options.hasStoredSecret
      ? defaultServiceClient.clientSecret
      : undefined;
  const clientSecret = draft.clientSecret !== '' ? draft.clientSecret : publishedSecret;
  return {
    profile: profile.name,
    username: draft.username.trim(),
    password: draft.password,
    kmsi: draft.kmsi,
    ...(options.totpAsked ? { totp: normaliseTotp(draft.totp) } : {}),
    ...(clientId !== profile.clientId ? { clientId } : {}),
    ...(clientSecret !== undefined ? { clientSecret } : {}),
  };
}
