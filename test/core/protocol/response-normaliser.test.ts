import { describe, expect, it } from 'vitest';
import { coerceFields, normaliseTokenResponse } from '../../../core/protocol/response-normaliser';

describe('coerceFields', () => {
  it('turns numeric strings into numbers and boolean strings into booleans', () => {
    const body: Record<string, unknown> = {
      expires_in: '1800',
      refresh_total_validity_seconds: ' 3600 ',
      customerId: '4711',
      readOnly: 'TRUE',
      token_type: 'Bearer',
    };
    coerceFields(body);
    expect(body).toEqual({
      expires_in: 1800,
      refresh_total_validity_seconds: 3600,
      customerId: 4711,
      readOnly: true,
      token_type: 'bearer',
    });
  });

  it('leaves values it cannot read as they are', () => {
    const body: Record<string, unknown> = { expires_in: 'soon', customerId: '', readOnly: 'yes' };
    coerceFields(body);
    expect(body).toEqual({ expires_in: 'soon', customerId: '', readOnly: 'yes' });
  });
});

describe('normaliseTokenResponse', () => {
  it('keeps status and headers and rewrites a JSON body', async () => {
    const original = new Response('{"expires_in":"60","readOnly":"false"}', {
      status: 200,
      headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' },
    });
    const normalised = await normaliseTokenResponse(original);

    expect(normalised.status).toBe(200);
    expect(normalised.headers.get('cache-control')).toBe('no-store');
    expect(normalised.headers.get('content-type')).toBe('application/json');
    expect(await normalised.json()).toEqual({ expires_in: 60, readOnly: false });
  });

  it('passes a body that is not a JSON object through unchanged', async () => {
    const html = '<html><body>502 Bad Gateway</body></html>';
    const normalised = await normaliseTokenResponse(
      new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    expect(normalised.status).toBe(502);
    expect(normalised.headers.get('content-type')).toBe('text/html');
    expect(await normalised.text()).toBe(html);
  });

  it('drops a challenge header when the body names the OAuth error', async () => {
    const normalised = await normaliseTokenResponse(
      new Response('{"error":"invalid_client"}', {
        status: 401,
        headers: { 'www-authenticate': 'Basic realm="x"', 'content-type': 'application/json' },
      }),
    );
    expect(normalised.headers.has('www-authenticate')).toBe(false);
  });

  it('keeps a challenge header when the body says nothing', async () => {
    const normalised = await normaliseTokenResponse(
      new Response('', { status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } }),
    );
    expect(normalised.headers.get('www-authenticate')).toBe('Basic realm="x"');
  });
});
