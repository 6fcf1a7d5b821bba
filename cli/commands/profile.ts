/**
 * `profile add|list|remove|use`: the servers and clients the CLI signs in to.
 */
import { Option, type Command } from 'commander';
import { loopbackAddressOf } from '../../core/loopback/redirect-uri';
import { WallboardTokenError } from '../../core/errors';
import { parseProfileInput } from '../../core/profile/validate-profile';
import type { Profile } from '../../core/profile/profile';
import { removeClientSecret, writeClientSecret } from '../../core/store/token-store';
import { readFirstLine } from '../adapters/read-secret';
import type { CliContext } from '../context';
import { describeState } from './describe';

interface AddOptions {
  server: string;
  method: 'browser' | 'service-account';
  clientId?: string;
  public?: boolean;
  clientSecretStdin?: boolean;
  redirectUri?: string;
  authorizePath?: string;
  tokenPath?: string;
  kmsi?: boolean;
  allowHttp?: boolean;
}

export function registerProfileCommands(program: Command, context: CliContext): void {
  const profile = program.command('profile').description('add, list, remove or choose profiles');

  profile
    .command('add <name>')
    .description('add a profile for a Wallboard server')
    .requiredOption('--server <url>', "the server's base URL, e.g. https://editor.example.com")
    .addOption(
      new Option('--method <method>', 'how to sign in')
        .choices(['browser', 'service-account'])
        .default('browser'),
    )
    .option('--client-id <id>', 'the OAuth client id (service accounts: default-client)')
    .addOption(
      new Option('--public', 'a public client: PKCE only, no secret').conflicts(
        'clientSecretStdin',
      ),
    )
    .option('--client-secret-stdin', "read the confidential client's secret from stdin")
    .option('--redirect-uri <uri>', 'a fixed loopback redirect URI registered in Wallboard')
    .option('--authorize-path <path>', 'authorization endpoint path (default /oauth/authorize)')
    .option('--token-path <path>', 'token endpoint path (default /oauth/token)')
    .option('--kmsi', 'keep me signed in: ask for a 30-day refresh token')
    .option('--allow-http', 'allow a plain-http server (self-hosted, on a trusted network)')
    .action(async (name: string, options: AddOptions) => {
      const parsed = parseProfileInput({
        name,
        serverUrl: options.server,
        method: options.method,
        clientId: options.clientId,
        clientType: options.clientSecretStdin
          ? 'confidential'
          : options.public
            ? 'public'
            : undefined,
        redirectUri: options.redirectUri,
        authorizePath: options.authorizePath,
        tokenPath: options.tokenPath,
        kmsi: options.kmsi ?? false,
        allowHttp: options.allowHttp ?? false,
      });
      const secret = options.clientSecretStdin ? (await readFirstLine()).trim() : undefined;
      if (secret === '') {
        throw new WallboardTokenError(
          'usage',
          'No client secret on stdin: pipe the secret in, e.g. `pass show wallboard | wallboard-token profile add ...`.',
        );
      }
      const { profiles, secrets, sessions } = await context.open();

      profiles.add(parsed);
      // Tokens or a secret left under this name by an earlier profile never carry over.
      await sessions.signOut(parsed.name);
      await removeClientSecret(secrets, parsed.name);
      if (secret) await writeClientSecret(secrets, parsed.name, secret);

      context.io.err(`Added profile '${parsed.name}' for ${parsed.serverUrl}.`);
      if (parsed.method === 'browser') context.io.err(redirectAdvice(parsed));
      if (parsed.allowHttp) {
        context.io.err(
          'warning: plain http is allowed for this profile: tokens cross the network unencrypted.',
        );
      }
    });

  profile
    .command('list')
    .description('list profiles and whether they are signed in')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { profiles, sessions } = await context.open();
      const selected = profiles.selected();
      const rows = await Promise.all(
        profiles.list().map(async (p) => ({ profile: p, status: await sessions.status(p.name) })),
      );

      if (options.json) {
        const json = rows.map(({ profile: p, status }) => ({
          ...p,
          selected: p.name === selected,
          state: status.state,
          accessExpiresAt: isoOrNull(status.accessExpiresAt),
          refreshExpiresAt: isoOrNull(status.refreshExpiresAt),
        }));
        context.io.out(JSON.stringify(json, null, 2));
        return;
      }
      if (rows.length === 0) {
        context.io.err(
          'No profiles yet. Add one with `wallboard-token profile add NAME --server URL`.',
        );
        return;
      }
      for (const { profile: p, status } of rows) {
        const mark = p.name === selected ? '*' : ' ';
        context.io.out(`${mark} ${p.name}\t${p.serverUrl}\t${p.method}\t${describeState(status)}`);
      }
    });

  profile
    .command('remove <name>')
    .description('remove a profile with its tokens and client secret')
    .action(async (name: string) => {
      const { profiles, secrets, sessions } = await context.open();
      profiles.get(name);
      await sessions.signOut(name);
      await removeClientSecret(secrets, name);
      profiles.remove(name);
      context.io.err(`Removed profile '${name}'.`);
    });

  profile
    .command('use <name>')
    .description('use this profile when none is given')
    .action(async (name: string) => {
      const { profiles } = await context.open();
      profiles.select(name);
      context.io.err(`Using profile '${name}' from now on.`);
    });
}

function redirectAdvice(profile: Profile): string {
  const target = loopbackAddressOf(profile.redirectUri);
  if (profile.redirectUri !== undefined) {
    return `Register this redirect URI for client '${profile.clientId}' in Wallboard: ${profile.redirectUri}`;
  }
  return (
    `Sign-in listens on 127.0.0.1 at a free port with path ${target.path}: the client ` +
    `'${profile.clientId}' must allow any loopback port, or pass --redirect-uri with the URI you registered.`
  );
}

function isoOrNull(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}
