/**
 * The add/edit profile form as plain data: what the fields hold, the sentence for each field
 * that is wrong (shown as the user types), and the contract input built from it. Main checks
 * the profile again with the core's rules; these checks are for immediate feedback.
 */
import {
  defaultServiceClient,
  sessionBindingFields,
  type Profile,
  type SignInMethod,
} from '../../core/profile/profile';
import type { ProfileEntry, ProfileInput } from '../bridge/types';

export interface ProfileDraft {
  name: string;
  serverUrl: string;
  method: SignInMethod;
  clientId: string;
  clientType: 'public' | 'confidential';
  /** Empty on edit keeps the stored secret. */
  clientSecret: string;
  /** Empty: an ephemeral port, for servers that accept any loopback port. */
  redirectUri: string;
  authorizePath: string;
  tokenPath: string;
  kmsi: boolean;
  allowHttp: boolean;
}

export type DraftField = keyof ProfileDraft;
export type DraftProblems = Partial<Record<DraftField, string>>;

export interface DraftContext {
  /** Names taken by other profiles. */
  existingNames: readonly string[];
  /** True when editing a profile whose client secret is already stored. */
  hasStoredSecret: boolean;
}

/** A new profile's fields: a public browser client and the documented default paths. */
export function emptyDraft(): ProfileDraft {
  return {
    name: '',
    serverUrl: '',
    method: 'browser',
    clientId: '',
    clientType: 'public',
    clientSecret: '',
    redirectUri: '',
    authorizePath: '/oauth/authorize',
    tokenPath: '/oauth/token',
    kmsi: false,
    allowHttp: false,
  };
}

/** The fields of a stored profile; its secret stays in main. */
export function draftOf(entry: ProfileEntry): ProfileDraft {
  const { profile } = entry;
  return {
    ...emptyDraft(),
    ...profile,
    clientSecret: '',
    redirectUri: profile.redirectUri ?? '',
  };
}

/**
 * Switching method swaps in the other method's usual client: Wallboard's default client for
 * service accounts, a public client of the user's own for the browser.
 */
export function withMethod(draft: ProfileDraft, method: SignInMethod): ProfileDraft {
  if (method === draft.method) return draft;
  if (method === 'service-account' && (draft.clientId === '' || draft.clientType === 'public')) {
    return {
      ...draft,
      method,
      clientId: defaultServiceClient.clientId,
      clientType: 'confidential',
      clientSecret: defaultServiceClient.clientSecret,
    };
  }
  if (method === 'browser' && draft.clientId === defaultServiceClient.clientId) {
    return { ...draft, method, clientId: '', clientType: 'public', clientSecret: '' };
  }
  return { ...draft, method };
}

/** A profile name from the server's host: `editor.example.com` gives `editor`. */
export function suggestName(serverUrl: string): string {
  const url = URL.parse(serverUrl.trim());
  if (url === null) return '';
  const label = url.hostname.split('.').find((part) => part !== 'www') ?? '';
  return label.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 64);
}

const namePattern = /^[A-Za-z0-9._-]{1,64}$/;
const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

function nameProblem(name: string, context: DraftContext): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a name for this profile, such as prod.';
  if (!namePattern.test(trimmed)) {
    return 'Use up to 64 letters, digits, dots, dashes or underscores, without spaces.';
  }
  if (context.existingNames.includes(trimmed)) return `A profile named ${trimmed} already exists.`;
  return undefined;
}

function serverUrlProblem(serverUrl: string): string | undefined {
  const trimmed = serverUrl.trim();
  if (trimmed === '') return 'Enter the server’s address, such as https://wallboard.example.com.';
  const url = URL.parse(trimmed);
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return 'Enter a full address starting with https://, such as https://wallboard.example.com.';
  }
  if (url.username !== '' || url.password !== '') {
    return 'Remove the user name and password from the address; you sign in separately.';
  }
  if (url.search !== '' || url.hash !== '') return 'Remove the part after ? or # from the address.';
  return undefined;
}

// Said at the checkbox that fixes it rather than under the address, where a sentence
// appearing on blur would push the checkbox away from the pointer.
function allowHttpProblem(serverUrl: string, allowHttp: boolean): string | undefined {
  if (allowHttp || URL.parse(serverUrl.trim())?.protocol !== 'http:') return undefined;
  return 'This address uses plain http. Tick the box to allow it, or use an https:// address.';
}

function redirectUriProblem(redirectUri: string): string | undefined {
  const trimmed = redirectUri.trim();
  if (trimmed === '') return undefined;
  const shape = 'Enter it as http://127.0.0.1:PORT/PATH, such as http://127.0.0.1:53682/callback.';
  const url = URL.parse(trimmed);
  if (url === null || url.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) return shape;
  const port = Number(url.port);
  if (url.port === '' || port < 1024) return `Add a port from 1024 to 65535. ${shape}`;
  if (url.search !== '' || url.hash !== '' || trimmed.includes('?') || trimmed.includes('#')) {
    return 'Remove the part after ? or # from the redirect URI.';
  }
  return undefined;
}

function pathProblem(path: string, example: string): string | undefined {
  const trimmed = path.trim();
  if (trimmed === '') return `Enter a path, such as ${example}.`;
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) {
    return `Start the path with a single /, such as ${example}.`;
  }
  if (/[?#\\\s]/.test(trimmed)) return 'Use a plain path, without spaces, ? or #.';
  return undefined;
}

/** The sentence for each field that is wrong; empty when the draft can be saved. */
export function draftProblems(draft: ProfileDraft, context: DraftContext): DraftProblems {
  const problems: DraftProblems = {
    name: nameProblem(draft.name, context),
    serverUrl: serverUrlProblem(draft.serverUrl),
    allowHttp: allowHttpProblem(draft.serverUrl, draft.allowHttp),
    authorizePath: pathProblem(draft.authorizePath, '/oauth/authorize'),
    tokenPath: pathProblem(draft.tokenPath, '/oauth/token'),
  };
  if (draft.clientId.trim() === '') {
    problems.clientId = 'Enter the client id of the OAuth client created in Wallboard.';
  }
  const needsSecret = draft.clientType === 'confidential' && !context.hasStoredSecret;
  if (needsSecret && draft.clientSecret === '') {
    problems.clientSecret = 'Enter the client secret, or choose Public client if it has none.';
  }
  if (draft.method === 'browser') problems.redirectUri = redirectUriProblem(draft.redirectUri);

  return Object.fromEntries(
    Object.entries(problems).filter(([, problem]) => problem !== undefined),
  ) as DraftProblems;
}

/** The contract's input for addProfile/updateProfile. */
export function profileInputOf(draft: ProfileDraft): ProfileInput {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const secret = draft.clientType === 'confidential' && draft.clientSecret !== '';
  return {
    name: draft.name.trim(),
    serverUrl: draft.serverUrl.trim(),
    method: draft.method,
    clientId: draft.clientId.trim(),
    clientType: draft.clientType,
    ...(secret ? { clientSecret: draft.clientSecret } : {}),
    ...(draft.method === 'browser' && optional(draft.redirectUri)
      ? { redirectUri: draft.redirectUri.trim() }
      : {}),
    authorizePath: draft.authorizePath.trim(),
    tokenPath: draft.tokenPath.trim(),
    kmsi: draft.kmsi,
    allowHttp: draft.allowHttp,
  };
}

/**
 * True when saving `draft` moves the profile to another server, endpoint or client: main then
 * signs it out first, since its tokens belong to the old one (the core's own list of fields).
 */
export function draftMovesSession(profile: Profile, draft: ProfileDraft): boolean {
  const input = profileInputOf(draft);
  return sessionBindingFields.some((field) => input[field] !== profile[field]);
}
