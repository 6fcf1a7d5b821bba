import { describe, expect, it } from 'vitest';
import {
  appArguments,
  parsePrintTokenArgs,
  printTokenUsage,
  wantsPrintToken,
} from '../../../electron/print-token/print-token-args';

describe('parsePrintTokenArgs', () => {
  it('finds no request in a plain launch', () => {
    expect(parsePrintTokenArgs([])).toEqual({ kind: 'absent' });
    expect(parsePrintTokenArgs(['--hidden', '--no-sandbox'])).toEqual({ kind: 'absent' });
  });

  it('asks for the raw token of the default profile by default', () => {
    expect(parsePrintTokenArgs(['--print-token'])).toEqual({
      kind: 'request',
      request: { format: 'raw' },
    });
  });

  it.each([
    [['--print-token', '--profile', 'prod', '--format', 'header'], 'prod', 'header'],
    [['--print-token', '--profile=prod.eu', '--format=json'], 'prod.eu', 'json'],
    [['--print-token', '--format', 'jwt', '--profile', 'ci_1'], 'ci_1', 'jwt'],
  ])('reads %j', (args, profile, format) => {
    expect(parsePrintTokenArgs(args)).toEqual({ kind: 'request', request: { profile, format } });
  });

  it("leaves Electron's and Chromium's switches before --print-token alone", () => {
    const args = ['--no-sandbox', '--password-store=basic', '--print-token', '--profile', 'prod'];
    expect(parsePrintTokenArgs(args)).toEqual({
      kind: 'request',
      request: { profile: 'prod', format: 'raw' },
    });
  });

  it('takes the profile from WALLBOARD_PROFILE when --profile is not given', () => {
    const env = { WALLBOARD_PROFILE: 'staging' };
    expect(parsePrintTokenArgs(['--print-token'], env)).toEqual({
      kind: 'request',
      request: { profile: 'staging', format: 'raw' },
    });
    expect(parsePrintTokenArgs(['--print-token', '--profile', 'prod'], env)).toMatchObject({
      request: { profile: 'prod' },
    });
  });

  it('shows the usage for --help and -h', () => {
    expect(parsePrintTokenArgs(['--print-token', '--help'])).toEqual({
      kind: 'help',
      text: printTokenUsage,
    });
    expect(parsePrintTokenArgs(['--print-token', '-h'])).toMatchObject({ kind: 'help' });
    expect(printTokenUsage).toContain('--format FORMAT  raw, header, json, jwt');
  });

  it.each([
    [
      ['--print-token', '--format', 'curl'],
      "--format must be one of raw, header, json, jwt; got 'curl'.",
    ],
    [['--print-token', '--profile'], '--profile needs a value.'],
    [['--print-token', '--format'], '--format needs a value.'],
    [['--print-token', '--profile', '--format', 'raw'], '--profile needs a value.'],
    [['--print-token', '--verbose'], 'Unknown option --verbose.'],
    [['--print-token', '-x'], 'Unknown option -x.'],
    [['--print-token', 'prod'], "Unexpected argument 'prod'."],
    [['--print-token=yes'], '--print-token takes no value.'],
    [['--print-token', '--help=please'], '--help takes no value.'],
    [
      ['--print-token', '--profile', ' '],
      '--profile needs a profile name, for example --profile prod.',
    ],
  ])('refuses %j with a sentence that says what to do', (args, reason) => {
    expect(parsePrintTokenArgs(args)).toEqual({
      kind: 'invalid',
      message: `${reason} Run with --print-token --help for usage.`,
    });
  });
});

describe('wantsPrintToken', () => {
  it('spots the switch anywhere, with or without a value', () => {
    expect(wantsPrintToken(['--hidden', '--print-token'])).toBe(true);
    expect(wantsPrintToken(['--print-token=1'])).toBe(true);
    expect(wantsPrintToken(['--print-tokens'])).toBe(false);
  });
});

describe('appArguments', () => {
  it('drops the executable, and the app path when Electron runs a folder (development)', () => {
    expect(appArguments(['/opt/app/wallboard', '--print-token'], false)).toEqual(['--print-token']);
    expect(appArguments(['/usr/bin/electron', '.', '--print-token'], true)).toEqual([
      '--print-token',
    ]);
  });
});
