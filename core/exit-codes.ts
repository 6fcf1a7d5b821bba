/**
 * The exit codes of `wallboard-token` and the app's `--print-token`, from the error's
 * category, in one place. Scripts rely on them.
 */
import { categoryOf, type ErrorCategory, type ErrorCode } from './errors';

export const exitCodes = {
  ok: 0,
  other: 1,
  configuration: 2,
  signIn: 3,
  server: 4,
} as const;

const byCategory: Record<ErrorCategory, number> = {
  configuration: exitCodes.configuration,
  'sign-in': exitCodes.signIn,
  server: exitCodes.server,
  other: exitCodes.other,
};

/** The exit code for a failure code: 2 usage/config, 3 sign-in, 4 server/network, else 1. */
export function exitCodeFor(code: ErrorCode): number {
  return byCategory[categoryOf(code)];
}
