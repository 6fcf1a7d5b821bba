/**
 * The dev server's demo accounts and OAuth clients. Every secret here is fake and public on
 * purpose: tests, demos and the CLI banner may print them.
 */
import { generateSync } from 'otplib';

export type GrantType = 'authorization_code' | 'refresh_token' | 'password';

/** A Wallboard user account as the dev server knows it. */
export interface UserFixture {
  email: string;
  password: string;
  name: string;
  customerId: number;
  readOnly: boolean;
  /** Only service accounts may use the password grant. */
  serviceAccount: boolean;
  /** Base32 TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s) when the account has 2FA. */
  totpSecret?: string;
}

/** An OAuth client registered on the server (RFC 6749 §2). */
export interface ClientFixture {
  clientId: string;
  /** Absent for a public client, which must use PKCE (RFC 7636). */
  clientSecret?: string;
  /** Registered redirect URIs, matched exactly unless `allowAnyLoopbackPort` applies. */
  redirectUris: string[];
  /** RFC 8252 §7.3: any port on a loopback host with the same path and query matches. */
  allowAnyLoopbackPort?: boolean;
  grantTypes: GrantType[];
}

/** Fake TOTP secrets (20 bytes each once decoded), exported so tests can compute codes. */
export const totpSecrets = {
  bob: 'FAKEFAKEBOBTOTPSECRETFAKEFAKEBOB',
  robot: 'FAKEFAKEROBOTTOTPSECRETFAKEROBOT',
} as const;

const users: readonly UserFixture[] = [
  {
    email: 'alice@example.com',
    password: 'alice-password-1',
    name: 'Alice Example',
    customerId: 4711,
    readOnly: false,
    serviceAccount: false,
  },
  {
    email: 'bob@example.com',
    password: 'bob-password-1',
    name: 'Bob Example',
    customerId: 4711,
    readOnly: false,
    serviceAccount: false,
    totpSecret: totpSecrets.bob,
  },
  {
    email: 'service@example.com',
    password: 'service-password-1',
    name: 'Service Account',
    customerId: 4711,
    readOnly: false,
    serviceAccount: true,
  },
  {
    email: 'robot@example.com',
    password: 'robot-password-1',
    name: 'Robot Account',
    customerId: 815,
    readOnly: true,
    serviceAccount: true,
    totpSecret: totpSecrets.robot,
  },
];

const clients: readonly ClientFixture[] = [
  {
    clientId: 'wallboard-token',
    redirectUris: ['http://127.0.0.1:53682/callback'],
    allowAnyLoopbackPort: true,
    grantTypes: ['authorization_code', 'refresh_token'],
  },
  {
    clientId: 'confidential-app',
    clientSecret: 'fake-confidential-secret',
    redirectUris: ['http://127.0.0.1:53683/callback'],
    grantTypes: ['authorization_code', 'refresh_token'],
  },
  {
    // The documented default client for service accounts; its secret is public.
    clientId: 'default-client',
    clientSecret: '76211db5d8ea',
    redirectUris: [],
    grantTypes: ['password', 'refresh_token'],
  },
];

/** The demo users and clients every dev server starts with. */
export const fixtures = { users, clients, totpSecrets } as const;

/** Looks a demo user up by e-mail, ignoring case as Wallboard logins do. */
export function findUser(email: string, list: readonly UserFixture[] = users) {
  const wanted = email.trim().toLowerCase();
  return list.find((user) => user.email.toLowerCase() === wanted);
}

/** The TOTP code of a 2FA demo account at `atMs` (epoch ms). Throws for accounts without 2FA. */
export function totpFor(email: string, atMs: number = Date.now()): string {
  const secret = findUser(email)?.totpSecret;
  if (secret === undefined) throw new Error(`${email} is not a demo account with 2FA`);
  return generateSync({ secret, epoch: Math.floor(atMs / 1000) });
}
