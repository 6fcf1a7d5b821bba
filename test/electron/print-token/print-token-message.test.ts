import { describe, expect, it } from 'vitest';
import {
  isReplyAddress,
  printTokenMessage,
  readPrintTokenMessage,
  replyLine,
} from '../../../electron/print-token/print-token-message';

const nonce = '0123456789abcdef0123456789abcdef';
const socket = '/tmp/wbt-run-x/wallboard-token-reply-Ab12Cd/reply.sock';
const pipe = '\\\\.\\pipe\\wallboard-token-reply-0123456789abcdef0123456789abcdef';

describe('readPrintTokenMessage', () => {
  it('accepts what a launch sends', () => {
    const message = printTokenMessage({ profile: 'prod', format: 'header' }, socket, nonce);
    expect(readPrintTokenMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
  });

  it.each([
    ['nothing (a plain second launch)', undefined],
    ['an empty object', {}],
    ['another shape', { open: 'prod' }],
    ['an unknown format', { printToken: { request: { format: 'curl' }, replyTo: socket, nonce } }],
    [
      'an extra field',
      { printToken: { request: { format: 'raw' }, replyTo: socket, nonce, also: 1 } },
    ],
    ['a short nonce', { printToken: { request: { format: 'raw' }, replyTo: socket, nonce: 'ab' } }],
    [
      'an address that is not a reply channel',
      { printToken: { request: { format: 'raw' }, replyTo: '/run/docker.sock', nonce } },
    ],
  ])('refuses %s', (_what, data) => {
    expect(readPrintTokenMessage(data)).toBeUndefined();
  });
});

describe('isReplyAddress', () => {
  it.each([socket, pipe, '/var/folders/x/T/wallboard-token-reply-0aZ9zz/reply.sock'])(
    'accepts %s',
    (address) => expect(isReplyAddress(address)).toBe(true),
  );

  it.each([
    'relative/wallboard-token-reply-Ab12Cd/reply.sock',
    '/tmp/wallboard-token-reply-Ab12Cd/../../etc/reply.sock',
    '/tmp/wallboard-token-reply-Ab12Cd/other.sock',
    '/tmp/wallboard-token-reply-Ab12C/reply.sock',
    '\\\\.\\pipe\\wallboard-token-reply-xyz',
    '\\\\server\\pipe\\wallboard-token-reply-0123456789abcdef0123456789abcdef',
  ])('refuses %s', (address) => expect(isReplyAddress(address)).toBe(false));
});

describe('replyLine', () => {
  it('is one JSON line with the nonce', () => {
    const line = replyLine(nonce, { exitCode: 3, stderr: 'error: sign in' });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(JSON.parse(line)).toEqual({ nonce, exitCode: 3, stderr: 'error: sign in' });
  });
});
