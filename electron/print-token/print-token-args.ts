/**
 * `<app> --print-token [--profile NAME] [--format raw|header|json|jwt]`: which request the
 * command line makes, if any. Pure, so every spelling is tested in Node; node:util parses.
 */
import { parseArgs } from 'node:util';
import { profileEnv } from '../../core/store/profile-store';

/** The switch that turns a launch of the app into a script's token request. */
export const printTokenSwitch = '--print-token';

/** The formats `--print-token` prints, as the CLI's `token --format` names them. */
export const printTokenFormats = ['raw', 'header', 'json', 'jwt'] as const;
export type PrintTokenFormat = (typeof printTokenFormats)[number];

/** What a script asked for. No profile means the app's default (the only or selected one). */
export interface PrintTokenRequest {
  profile?: string;
  format: PrintTokenFormat;
}

/** The outcome of reading the command line. */
export type PrintTokenArgs =
  | { kind: 'absent' }
  | { kind: 'request'; request: PrintTokenRequest }
  | { kind: 'help'; text: string }
  | { kind: 'invalid'; message: string };

export const printTokenUsage = [
  'Usage: <Wallboard Token executable> --print-token [--profile NAME] [--format FORMAT]',
  '',
  'Prints a valid access token of a profile to stdout, refreshed first when needed, and exits.',
  'When the app is running, the running app answers; otherwise no window opens.',
  '',
  `  --profile NAME   the profile (default: $${profileEnv}, else the only or selected profile)`,
  `  --format FORMAT  ${printTokenFormats.join(', ')} (default raw)`,
  '  --help           this text',
  '',
  'Exit codes: 0 printed, 1 other failure, 2 usage or configuration, 3 sign-in needed,',
  '4 server or network trouble.',
].join('\n');

/** The app's own arguments: `argv` without the executable (and the app path in development). */
export function appArguments(argv: readonly string[], defaultApp: boolean): string[] {
  return argv.slice(defaultApp ? 2 : 1);
}

/** True when the command line asks for a token instead of the window. */
export function wantsPrintToken(args: readonly string[]): boolean {
  return args.some((arg) => arg === printTokenSwitch || arg.startsWith(`${printTokenSwitch}=`));
}

/**
 * Reads `--print-token` and the options after it. Arguments before the switch belong to
 * Electron and Chromium (`--no-sandbox`, ...) and are left alone; after it, only ours are
 * accepted. `env` supplies WALLBOARD_PROFILE when no --profile is given.
 */
export function parsePrintTokenArgs(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): PrintTokenArgs {
  const start = args.findIndex(
    (arg) => arg === printTokenSwitch || arg.startsWith(`${printTokenSwitch}=`),
  );
  if (start === -1) return { kind: 'absent' };

  const { tokens } = parseArgs({
    args: args.slice(start),
    options: printTokenOptions,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: { profile?: string; format?: string; help?: boolean } = {};
  for (const token of tokens) {
    if (token.kind === 'positional') return invalid(`Unexpected argument '${token.value}'`);
    if (token.kind === 'option-terminator') return invalid("Unexpected '--'");
    const problem = optionProblem(token.name, token.rawName, token.value, token.inlineValue);
    if (problem !== undefined) return invalid(problem);
    if (token.name === 'help') values.help = true;
    else if (token.name === 'profile' || token.name === 'format') values[token.name] = token.value;
  }
  if (values.help === true) return { kind: 'help', text: printTokenUsage };

  const format = values.format ?? 'raw';
  if (!isFormat(format)) {
    return invalid(`--format must be one of ${printTokenFormats.join(', ')}; got '${format}'.`);
  }
  const profile = values.profile ?? nonEmpty(env[profileEnv]);
  if (profile !== undefined && profile.trim() === '') {
    return invalid('--profile needs a profile name, for example --profile prod.');
  }
  return { kind: 'request', request: { format, ...(profile === undefined ? {} : { profile }) } };
}

/** Our options, for node:util's parseArgs; the tokens it returns are checked one by one. */
const printTokenOptions = {
  'print-token': { type: 'boolean' },
  profile: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * What is wrong with one option token, if anything: unknown, or a value missing or extra. A
 * separate value that looks like an option (`--profile --format`) counts as missing.
 */
function optionProblem(
  name: string,
  rawName: string,
  value: string | undefined,
  inline: boolean | undefined,
): string | undefined {
  if (!Object.hasOwn(printTokenOptions, name)) return `Unknown option ${rawName}`;
  const { type } = printTokenOptions[name as keyof typeof printTokenOptions];
  if (type === 'boolean' && value !== undefined) return `${rawName} takes no value`;
  if (type === 'string' && (value === undefined || (!inline && value.startsWith('-')))) {
    return `${rawName} needs a value`;
  }
  return undefined;
}

function invalid(reason: string): PrintTokenArgs {
  const sentence = reason.endsWith('.') ? reason : `${reason}.`;
  return { kind: 'invalid', message: `${sentence} Run with --print-token --help for usage.` };
}

function isFormat(value: string): value is PrintTokenFormat {
  return (printTokenFormats as readonly string[]).includes(value);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
