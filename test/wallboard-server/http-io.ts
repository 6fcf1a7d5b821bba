/**
 * Reading form bodies and writing JSON, HTML and redirects for the dev server's routes.
 * Form bodies go through the platform's parsers (MIMEType, URLSearchParams).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { MIMEType } from 'node:util';

const maxBodyBytes = 64 * 1024;

export type FormResult =
  | { ok: true; params: URLSearchParams }
  | { ok: false; status: 400 | 413 | 415; description: string };

/** Reads an `application/x-www-form-urlencoded` body of at most 64 KiB. */
export async function readForm(req: IncomingMessage): Promise<FormResult> {
  if (!isFormType(req.headers['content-type'])) {
    return {
      ok: false,
      status: 415,
      description: 'The body must be application/x-www-form-urlencoded',
    };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes)
      return { ok: false, status: 413, description: 'The body is too large' };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return { ok: true, params: new URLSearchParams(text) };
}

function isFormType(header: string | undefined): boolean {
  if (header === undefined) return false;
  try {
    return new MIMEType(header).essence === 'application/x-www-form-urlencoded';
  } catch {
    return false;
  }
}

/** The first parameter name that occurs more than once (RFC 6749 §3.1, §3.2 forbid repeats). */
export function repeatedParam(params: URLSearchParams): string | undefined {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

/** A parameter's value, treating an empty value as absent (RFC 6749 §3.1). */
export function param(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value === '' ? undefined : value;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'application/json;charset=UTF-8',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** An HTML page with a CSP and the headers that keep it out of frames and caches. */
export function sendHtml(res: ServerResponse, status: number, html: string, csp: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': csp,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}
