/**
 * `login` (browser sign-in with PKCE and a loopback redirect) and `service-login`
 * (the password grant for service accounts).
 */
import { InvalidArgumentError, type Command } from 'commander';
import { isWallboardError, WallboardTokenError } from '../../core/errors';
import type { SessionStatus } from '../../core/session/session-status';
import { readSecret } from '../adapters/read-secret';
import type { CliContext } from '../context';
import { describeState } from './describe';

export function registerLoginCommands(program: Command, context: CliContext): void {
  program
    .command('login')
    .description('sign in through the system browser (authorization code with PKCE)')
    .option('--no-browser', 'do not open a browser; print the link to open by hand')
    .option('--timeout <seconds>', 'give up after this many seconds', positiveSeconds, 300)
    .action(async (options: { browser: boolean; timeout: number }) => {
      const name = await context.profileName();
      const { sessions } = await context.open();
      const abort = new AbortController();
      const cancel = () => abort.abort();
      process.once('SIGINT', cancel);

      try {
        const status = await sessions.signInWithBrowser(name, {
          openBrowser: options.browser,
          timeoutMs: options.timeout * 1000,
          signal: abort.signal,
          onAuthorizationUrl: (url) => {
            context.io.err(
              options.browser
                ? 'Sign in in your browser. If it did not open, open this link:'
                : 'Open this link in a browser to sign in:',
            );
            context.io.err(url);
          },
        });
        context.io.err(signedIn(status));
      } finally {
        process.off('SIGINT', cancel);
      }
    });

  program
    .command('service-login')
    .description('sign in a service account with e-mail and password (legacy password grant)')
    .requiredOption('--username <email>', "the service account's e-mail address")
    .option('--password-stdin', 'read the password from the first line of stdin')
    .option('--totp <code>', 'the current two-factor code, if the account has 2FA', totpCode)
    .option('--kmsi', 'keep me signed in: a 30-day session')
    .action(
      async (options: {
        username: string;
        passwordStdin?: boolean;
        totp?: string;
        kmsi?: boolean;
      }) => {
        const name = await context.profileName();
        const { sessions } = await context.open();
        const password = await readSecret('password', options.passwordStdin === true);
        if (password === '') {
          throw new WallboardTokenError(
            'usage',
            'No password given: put it on the first line of stdin, or type it at the prompt.',
          );
        }
        const input = {
          username: options.username,
          password,
          kmsi: options.kmsi,
          totp: options.totp,
        };

        let status: SessionStatus;
        try {
          status = await sessions.signInWithPassword(name, input);
        } catch (error) {
          const canAsk =
            options.totp === undefined && !options.passwordStdin && process.stdin.isTTY;
          if (!canAsk || !isWallboardError(error, 'totp_required')) throw error;
          const totp = totpCode(await readSecret('two-factor code', false));
          status = await sessions.signInWithPassword(name, { ...input, totp });
        }
        context.io.err(signedIn(status));
      },
    );
}

function signedIn(status: SessionStatus): string {
  const who = status.subject ? ` as ${status.subject}` : '';
  const tenant = status.customerId !== undefined ? ` (customer ${status.customerId})` : '';
  const readOnly = status.readOnly ? ', read-only' : '';
  return `Signed in to profile '${status.profile}'${who}${tenant}${readOnly}: ${describeState(status)}.`;
}

/** The longest sign-in wait we accept: a day is already far more than anyone needs. */
const maxTimeoutSeconds = 86_400;

function positiveSeconds(value: string): number {
  const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds > maxTimeoutSeconds) {
    throw new InvalidArgumentError(
      `give a whole number of seconds from 1 to ${maxTimeoutSeconds}, e.g. 300.`,
    );
  }
  return seconds;
}

/** A TOTP code as authenticator apps show it ("123 456"), reduced to its 6 to 8 digits. */
function totpCode(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{6,8}$/.test(digits)) {
    throw new InvalidArgumentError('give the 6 to 8 digits your authenticator app shows.');
  }
  return digits;
}
