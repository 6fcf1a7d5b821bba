/**
 * Answers one `--print-token` request with the session rules every host shares: a cached
 * token, else a refresh (single flight, file lock), else a failure with the CLI's exit codes.
 * Runs wherever the app's services live: a headless launch, or the running app for another.
 */
import { isWallboardError, type ErrorCode } from '../../core/errors';
import { exitCodeFor, exitCodes } from '../../core/exit-codes';
import { formatToken } from '../../core/format/token-formats';
import { redactText } from '../../core/logging/logger';
import type { Logger } from '../../core/ports';
import type { Profile } from '../../core/profile/profile';
import type { SessionApi } from '../../core/session/session-api';
import type { PrintTokenRequest } from './print-token-args';

/** What the process prints and how it exits. `stdout` holds the token: it goes nowhere else. */
export interface PrintTokenAnswer {
  exitCode: number;
  stdout?: string;
  stderr?: string;
}

/** The app's services the answer needs: the profile store and the session use case. */
export interface PrintTokenServices {
  sessions: Pick<SessionApi, 'getValidTokens'>;
  profiles: {
    /** An explicit name, else the only or selected profile; throws `profile_not_found` or `usage`. */
    resolveProfileName(explicit?: string): string;
    get(name: string): Profile;
  };
  logger: Logger;
}

/** What to do next, for failures the core words without knowing the host. */
const hints: Partial<Record<ErrorCode, string>> = {
  not_signed_in: ' Open Wallboard Token and sign in, then try again.',
  session_expired: ' Open Wallboard Token and sign in again, then try again.',
};

/** The token in the requested format, or an `error:` line and the exit code that fits it. */
export async function answerPrintToken(
  request: PrintTokenRequest,
  services: PrintTokenServices,
): Promise<PrintTokenAnswer> {
  try {
    const name = services.profiles.resolveProfileName(request.profile);
    const profile = services.profiles.get(name);
    const tokens = await services.sessions.getValidTokens(name);
    const stdout = formatToken(tokens, request.format, profile);

    services.logger.info('printed a token for --print-token', {
      profile: name,
      format: request.format,
    });
    return { exitCode: exitCodes.ok, stdout };
  } catch (error) {
    return failureAnswer(error, services.logger);
  }
}

/** The answer for a failure: the core's sentence and exit code, or a fixed one for a bug. */
export function failureAnswer(error: unknown, logger: Logger): PrintTokenAnswer {
  if (isWallboardError(error)) {
    return {
      exitCode: exitCodeFor(error.code),
      stderr: `error: ${error.message}${hints[error.code] ?? ''}`,
    };
  }
  logger.error('--print-token failed unexpectedly', { error });
  const detail = error instanceof Error ? `: ${redactText(error.message)}` : '';
  return {
    exitCode: exitCodes.other,
    stderr: `error: unexpected failure${detail}. The app's log file has the details.`,
  };
}
