/**
 * Checking a user's password and TOTP code, shared by the login page and the password grant.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { verifySync } from 'otplib';
import { findUser, type UserFixture } from './fixtures';

/** The user whose e-mail and password both match, else undefined (never says which was wrong). */
export function checkPassword(
  users: readonly UserFixture[],
  email: string | undefined,
  password: string | undefined,
): UserFixture | undefined {
  if (email === undefined || password === undefined) return undefined;
  const user = findUser(email, users);
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  // Compare even for unknown users, so timing does not reveal which e-mails exist.
  const same = timingSafeEqual(digest(password), digest(user?.password ?? '\0'));
  return same ? user : undefined;
}

export type TotpCheck = 'not-needed' | 'ok' | 'missing' | 'wrong';

/** RFC 6238 check at `atMs`, accepting the previous and next 30 s step for clock drift. */
export function checkTotp(user: UserFixture, code: string | undefined, atMs: number): TotpCheck {
  if (user.totpSecret === undefined) return 'not-needed';
  if (code === undefined) return 'missing';
  const token = code.replace(/\s/g, '');
  if (!/^[0-9]{6}$/.test(token)) return 'wrong';
  const result = verifySync({
    secret: user.totpSecret,
    token,
    epoch: Math.floor(atMs / 1000),
    epochTolerance: 30,
  });
  return result.valid ? 'ok' : 'wrong';
}
