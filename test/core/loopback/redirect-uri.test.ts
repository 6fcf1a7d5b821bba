import { describe, expect, it } from 'vitest';
import { loopbackAddressOf } from '../../../core/loopback/redirect-uri';

describe('loopbackAddressOf', () => {
  it('uses an ephemeral port on 127.0.0.1 when the profile has no redirect URI', () => {
    expect(loopbackAddressOf(undefined)).toEqual({ host: '127.0.0.1', port: 0, path: '/callback' });
  });

  it.each([
    ['http://127.0.0.1:53682/callback', { host: '127.0.0.1', port: 53682, path: '/callback' }],
    ['http://[::1]:8080/cb', { host: '::1', port: 8080, path: '/cb' }],
    ['http://localhost:1234/', { host: 'localhost', port: 1234, path: '/' }],
    ['http://127.0.0.1/callback', { host: '127.0.0.1', port: 80, path: '/callback' }],
  ])('reads %s', (uri, address) => {
    expect(loopbackAddressOf(uri)).toEqual(address);
  });

  it.each([
    'https://127.0.0.1:53682/callback',
    'http://192.168.1.10:53682/callback',
    'http://example.com:53682/callback',
    'http://127.0.0.1:53682/callback?x=1',
    'http://127.0.0.1:53682/callback#top',
    'not a url',
  ])('refuses %s as invalid_profile', (uri) => {
    expect(() => loopbackAddressOf(uri)).toThrow(
      expect.objectContaining({ code: 'invalid_profile' }),
    );
  });
});
