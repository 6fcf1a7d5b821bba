import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { WallboardTokenError } from '../../../core/errors';
import {
  ArraySink,
  createLogger,
  createStreamSink,
  formatLogLine,
  redact,
  redactText,
} from '../../../core/logging/logger';

const accessToken = 'e1c1ae22-61bf-45e8-85a7-65d66a6cdc46';
const fakeJwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlLXVzZXIifQ.c2lnbmF0dXJlLWZha2U';
const fixedClock = { now: () => 1_700_000_000_000 };

describe('createLogger', () => {
  it('drops records below its level and keeps the rest in order', () => {
    const sink = new ArraySink();
    const logger = createLogger({ level: 'warn', sink, clock: fixedClock });

    logger.debug('debug line');
    logger.info('info line');
    logger.warn('warn line');
    logger.error('error line');

    expect(sink.records).toEqual([
      { level: 'warn', time: 1_700_000_000_000, message: 'warn line' },
      { level: 'error', time: 1_700_000_000_000, message: 'error line' },
    ]);
  });

  it('writes nothing at level silent', () => {
    const sink = new ArraySink();
    createLogger({ level: 'silent', sink }).error('not written');

    expect(sink.records).toHaveLength(0);
  });

  it('redacts the message and fields before the sink sees them', () => {
    const sink = new ArraySink();
    const logger = createLogger({ level: 'debug', sink });

    logger.info(`refreshed with ${accessToken}`, {
      profile: 'prod',
      refreshToken: 'a5fc1f68-8f7d-43b7-937c-68729b3b4f17',
      url: 'http://127.0.0.1:5000/callback?code=fake-code&state=fake-state',
    });

    expect(sink.records[0]?.message).toBe('refreshed with [redacted-uuid]');
    expect(sink.records[0]?.fields).toEqual({
      profile: 'prod',
      refreshToken: '[redacted]',
      url: 'http://127.0.0.1:5000/callback?[redacted]',
    });
    expect(JSON.stringify(sink.records)).not.toContain('fake-code');
  });
});

describe('redact', () => {
  it('empties the values of secret-named keys at any depth, whatever their case', () => {
    const input = {
      ACCESS_TOKEN: 'x1',
      nested: { clientSecret: 'x2', Password: 'x3', totp: 123456, codeVerifier: 'x4' },
      list: [{ authorization: 'x5', Cookie: 'x6', jwt: 'x7', code: 'x8' }],
      profile: 'prod',
    };

    expect(redact(input)).toEqual({
      ACCESS_TOKEN: '[redacted]',
      nested: {
        clientSecret: '[redacted]',
        Password: '[redacted]',
        totp: '[redacted]',
        codeVerifier: '[redacted]',
      },
      list: [
        {
          authorization: '[redacted]',
          Cookie: '[redacted]',
          jwt: '[redacted]',
          code: '[redacted]',
        },
      ],
      profile: 'prod',
    });
  });

  it('keeps flags and timestamps about secrets, which are not secrets', () => {
    expect(redact({ hasRefreshToken: true, refreshTokenExpiresAt: 1234, tokenPath: '/t' })).toEqual(
      {
        hasRefreshToken: true,
        refreshTokenExpiresAt: 1234,
        tokenPath: '/t',
      },
    );
  });

  it('reduces an error to name, code and message, dropping its cause', () => {
    const error = new WallboardTokenError('server_error', `rejected ${accessToken}`, {
      cause: { access_token: 'fake-access-in-cause' },
    });

    const result = redact({ error }) as { error: Record<string, unknown> };

    expect(result.error).toEqual({
      name: 'WallboardTokenError',
      code: 'server_error',
      message: 'rejected [redacted-uuid]',
    });
    expect(JSON.stringify(result)).not.toContain('fake-access-in-cause');
  });

  it('survives cycles and binary data', () => {
    const looped: Record<string, unknown> = { name: 'loop' };
    looped.self = looped;

    expect(redact({ looped, body: Buffer.from('fake secret bytes') })).toEqual({
      looped: { name: 'loop', self: '[circular]' },
      body: '[17 bytes]',
    });
  });
});

describe('redactText', () => {
  it('removes Bearer and Basic credentials and header values', () => {
    expect(redactText('Authorization: Bearer abc.def-123')).toBe('Authorization: [redacted]');
    expect(redactText('sent Bearer abc.def-123 to the server')).toBe(
      'sent Bearer [redacted] to the server',
    );
    expect(redactText('header Basic ZGVmYXVsdC1jbGllbnQ6NzYyMTFkYjVkOGVh=')).toBe(
      'header Basic [redacted]',
    );
  });

  it('removes JWTs and UUIDs', () => {
    expect(redactText(`jwt ${fakeJwt} and ${accessToken.toUpperCase()}`)).toBe(
      'jwt [redacted-jwt] and [redacted-uuid]',
    );
  });

  it('strips the query and fragment of every URL', () => {
    expect(redactText('open https://wb.example.com/oauth/authorize?client_id=c&state=s now')).toBe(
      'open https://wb.example.com/oauth/authorize?[redacted] now',
    );
    expect(redactText('back at http://[::1]:8123/cb#access_token=t')).toBe(
      'back at http://[::1]:8123/cb?[redacted]',
    );
    expect(redactText('https://wb.example.com/api/users')).toBe('https://wb.example.com/api/users');
  });

  it('removes secret parameters outside URLs, as in a form body', () => {
    expect(
      redactText('grant_type=authorization_code&code=fake-code&code_verifier=fake-ver&state=s1'),
    ).toBe(
      'grant_type=authorization_code&code=[redacted]&code_verifier=[redacted]&state=[redacted]',
    );
    expect(redactText('body access_token=fake-at&password=hunter2&totp=123456')).toBe(
      'body access_token=[redacted]&password=[redacted]&totp=[redacted]',
    );
  });

  it('removes secret members of JSON inside text', () => {
    const body = '{"access_token":"fake-at","token_type":"bearer","expires_in":1800,"totp":123456}';

    expect(redactText(`response ${body}`)).toBe(
      'response {"access_token":"[redacted]","token_type":"[redacted]","expires_in":1800,"totp":"[redacted]"}',
    );
  });
});

describe('sinks', () => {
  it('writes one line per record to a stream, quoting values with spaces', () => {
    const stream = new PassThrough();
    const logger = createLogger({ level: 'info', sink: createStreamSink(stream) });

    logger.warn('secrets are stored unencrypted', { file: '/tmp/a b/secrets.json', count: 2 });

    expect(stream.read()?.toString()).toBe(
      'wallboard-token warn: secrets are stored unencrypted file="/tmp/a b/secrets.json" count=2\n',
    );
  });

  it('formats a record without fields as level and message', () => {
    expect(formatLogLine({ level: 'error', time: 0, message: 'failed' }, 'wbt')).toBe(
      'wbt error: failed',
    );
  });

  it('lists messages by level in an array sink', () => {
    const sink = new ArraySink();
    const logger = createLogger({ level: 'debug', sink });
    logger.info('one');
    logger.warn('two');

    expect(sink.messages('warn')).toEqual(['two']);
    expect(sink.messages()).toEqual(['one', 'two']);
  });
});
