/**
 * `status` and `logout`: what is known of the session, and forgetting it.
 */
import type { Command } from 'commander';
import { WallboardTokenError } from '../../core/errors';
import type { CliContext } from '../context';
import { describeState } from './describe';

export function registerSessionCommands(program: Command, context: CliContext): void {
  program
    .command('status')
    .description('whether the profile is signed in and when its tokens expire (never a token)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const name = await context.profileName();
      const { sessions } = await context.open();
      const status = await sessions.status(name);

      if (options.json) {
        context.io.out(
          JSON.stringify(
            {
              profile: status.profile,
              state: status.state,
              signedIn: status.state !== 'signed-out' && status.state !== 'expired',
              method: status.method ?? null,
              subject: status.subject ?? null,
              customerId: status.customerId ?? null,
              readOnly: status.readOnly ?? null,
              accessExpiresAt: iso(status.accessExpiresAt),
              refreshExpiresAt: iso(status.refreshExpiresAt),
            },
            null,
            2,
          ),
        );
      } else {
        context.io.out(`${name}: ${describeState(status)}`);
      }
      if (status.state === 'signed-out' || status.state === 'expired') {
        throw new WallboardTokenError('not_signed_in', `Profile '${name}' is not signed in.`, {
          profile: name,
        });
      }
    });

  program
    .command('logout')
    .description("forget the profile's tokens on this machine")
    .action(async () => {
      const name = await context.profileName();
      const { sessions } = await context.open();
      await sessions.signOut(name);
      context.io.err(`Signed out of profile '${name}'. Its tokens are forgotten on this machine.`);
    });
}

function iso(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}
