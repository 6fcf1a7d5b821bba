/**
 * `token`: a valid access token on stdout, refreshed first when needed.
 */
import { Option, type Command } from 'commander';
import { formatToken, type TokenFormat } from '../../core/format/token-formats';
import type { CliContext } from '../context';

export function registerTokenCommand(program: Command, context: CliContext): void {
  program
    .command('token')
    .description('print a valid access token, refreshing it first when needed')
    .addOption(
      new Option('--format <format>', 'raw token, Authorization header, JSON or the JWT')
        .choices(['raw', 'header', 'json', 'jwt'])
        .default('raw'),
    )
    .action(async (options: { format: TokenFormat }) => {
      const name = await context.profileName();
      const { profiles, sessions } = await context.open();
      const tokens = await sessions.getValidTokens(name);
      context.io.out(formatToken(tokens, options.format, profiles.get(name)));
    });
}
