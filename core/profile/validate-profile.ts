/**
 * Turns what a user typed (CLI flags, the app's form, a hand-edited config file) into a valid,
 * normalised Profile, or says which field is wrong and what to do about it.
 */
import { z } from 'zod';
import { WallboardTokenError } from '../errors';
import type { Profile } from './profile';
import { defaultAuthorizePath, defaultServiceClient, defaultTokenPath } from './profile';

/** The rule for profile names, shared with lock files and secret keys that embed the name. */
export const profileNamePattern = /^[A-Za-z0-9._-]{1,64}$/;

const namePhrase = '1-64 letters, digits, ".", "_" or "-" (for example "prod")';

/**
 * An endpoint path: starts with one `/`, no empty segment, no query, fragment or backslash.
 * `//host/x` or `/\host/x` would resolve against the server URL to another host.
 */
const endpointPath = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+\/?)*$/;

const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

const booleanField = z.boolean({ error: 'must be true or false' }).default(false);

const pathField = (example: string) =>
  z
    .string({ error: `must be a path such as "${example}"` })
    .trim()
    .regex(endpointPath, { error: `must be a path starting with "/", such as "${example}"` });

const profileInputSchema = z
  .object(
    {
      name: z
        .string({ error: `is required: ${namePhrase}` })
        .trim()
        .regex(profileNamePattern, { error: `must be ${namePhrase}` }),
      serverUrl: z.string({
        error: 'is required: the server address, such as https://wallboard.example.com',
      }),
      method: z.enum(['browser', 'service-account'], {
        error: 'must be "browser" or "service-account"',
      }),
      clientId: z.string({ error: 'must be text' }).trim().optional(),
      clientType: z
        .enum(['public', 'confidential'], { error: 'must be "public" or "confidential"' })
        .optional(),
      redirectUri: z.string({ error: 'must be text' }).trim().optional(),
      authorizePath: pathField(defaultAuthorizePath).default(defaultAuthorizePath),
      tokenPath: pathField(defaultTokenPath).default(defaultTokenPath),
      kmsi: booleanField,
      allowHttp: booleanField,
    },
    { error: 'must be an object with at least name, serverUrl and method' },
  )
  .transform((input, ctx): Profile => {
    const serverUrl = normaliseServerUrl(input.serverUrl, input.allowHttp, (message) =>
      ctx.addIssue({ code: 'custom', path: ['serverUrl'], message }),
    );
    if (input.redirectUri !== undefined && input.redirectUri !== '') {
      const problem = redirectProblem(input.redirectUri);
      if (problem) ctx.addIssue({ code: 'custom', path: ['redirectUri'], message: problem });
    }
    const client = clientOf(input.method, input.clientId, input.clientType);
    if (!client) {
      ctx.addIssue({
        code: 'custom',
        path: ['clientId'],
        message:
          'is required for browser sign-in: the client ID of the OAuth client you created in Wallboard',
      });
    }

    const profile: Profile = {
      name: input.name,
      serverUrl,
      method: input.method,
      clientId: client?.clientId ?? '',
      clientType: client?.clientType ?? 'public',
      authorizePath: input.authorizePath,
      tokenPath: input.tokenPath,
      kmsi: input.kmsi,
      allowHttp: input.allowHttp,
    };
    if (input.redirectUri) profile.redirectUri = input.redirectUri;
    return profile;
  });

/** The JSON Schema of a stored profile, for conf's file validation; `parseProfileInput` is stricter. */
export function profileJsonSchema(): Record<string, unknown> {
  const schema: Record<string, unknown> = z.toJSONSchema(profileInputSchema, { io: 'input' });
  // A nested schema must not declare a dialect; conf's validator rejects it there.
  delete schema.$schema;
  return schema;
}

/** What `parseProfileInput` accepts: a Profile whose optional settings may be left out. */
export type ProfileInput = z.input<typeof profileInputSchema>;

/** Validates and normalises a profile; throws `invalid_profile` naming each bad field. */
export function parseProfileInput(input: unknown): Profile {
  const result = profileInputSchema.safeParse(input);
  if (result.success) return result.data;

  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'profile';
    return `"${field}" ${issue.message}`;
  });
  throw new WallboardTokenError('invalid_profile', `Invalid profile: ${problems.join('; ')}.`, {
    profile: profileNameOf(input),
  });
}

function profileNameOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const name = (input as { name?: unknown }).name;
  return typeof name === 'string' && profileNamePattern.test(name) ? name : undefined;
}

/** Origin plus path, no trailing slash, query or fragment; reports what is wrong instead. */
function normaliseServerUrl(
  raw: string,
  allowHttp: boolean,
  report: (message: string) => void,
): string {
  const example = 'such as https://wallboard.example.com';
  if (!URL.canParse(raw.trim())) {
    report(`must be a full address starting with https://, ${example}`);
    return '';
  }
  const url = new URL(raw.trim());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    report(`must start with https://, ${example}`);
    return '';
  }
  // Never echo the URL: it is the part that holds the credentials.
  if (url.username !== '' || url.password !== '') {
    report('must not contain a user name or password; remove them and sign in instead');
    return '';
  }
  if (url.protocol === 'http:' && !allowHttp) {
    report(
      'uses plain http, which sends tokens unencrypted; use an https:// address, or pass ' +
        '--allow-http (in the app, tick "Allow plain http") for a server on your own network',
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Why a fixed redirect URI is unusable, or undefined when it is a valid loopback URI. */
function redirectProblem(raw: string): string | undefined {
  const shape = 'must look like http://127.0.0.1:PORT/PATH (or [::1] or localhost)';
  if (!URL.canParse(raw)) return shape;
  const url = new URL(raw);
  if (url.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) {
    return `${shape}: an http address on this computer, as RFC 8252 §7.3 asks`;
  }
  if (url.username !== '' || url.password !== '')
    return `${shape}, without a user name or password`;
  const port = Number(url.port);
  if (url.port === '' || port < 1024 || port > 65535) {
    return `${shape} with an explicit port from 1024 to 65535`;
  }
  if (url.search !== '' || url.hash !== '' || raw.includes('?') || raw.includes('#')) {
    return `${shape}, without a query or fragment`;
  }
  return undefined;
}

/** The client a method defaults to: service accounts use Wallboard's documented default client. */
function clientOf(
  method: Profile['method'],
  clientId: string | undefined,
  clientType: Profile['clientType'] | undefined,
): Pick<Profile, 'clientId' | 'clientType'> | undefined {
  if (clientId) return { clientId, clientType: clientType ?? defaultClientType(method) };
  if (method === 'service-account') {
    return { clientId: defaultServiceClient.clientId, clientType: 'confidential' };
  }
  return undefined;
}

// Browser sign-in uses PKCE, so a client without a secret works; the password grant needs
// client authentication, so a service-account client is confidential unless told otherwise.
function defaultClientType(method: Profile['method']): Profile['clientType'] {
  return method === 'service-account' ? 'confidential' : 'public';
}
