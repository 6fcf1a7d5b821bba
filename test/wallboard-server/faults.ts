/**
 * Injected failures of the token endpoint: what proxies, overloaded servers and flaky networks
 * do to a client, on demand, so tests can check that a failed refresh loses nothing.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

/** One way the token endpoint can misbehave. */
export type DevServerFault =
  /** An HTML error page like a reverse proxy's, default status 502. */
  | { kind: 'html-5xx'; status?: number }
  /** 200 with a text/plain body that is not JSON. */
  | { kind: 'non-json' }
  /** Answers correctly after `delayMs`. */
  | { kind: 'slow'; delayMs: number }
  /** Destroys the socket without answering. */
  | { kind: 'drop' };

interface Pending {
  readonly fault: DevServerFault;
  remaining: number;
}

/** Faults waiting for the next token requests, applied in the order they were injected. */
export class FaultQueue {
  private pending: Pending[] = [];

  inject(fault: DevServerFault, times = Infinity): void {
    if (!(times > 0)) throw new RangeError(`times must be positive, got ${times}`);
    this.pending.push({ fault, remaining: times });
  }

  clear(): void {
    this.pending = [];
  }

  /** The fault for this request, if any, counting it against its `times`. */
  take(): DevServerFault | undefined {
    const next = this.pending[0];
    if (next === undefined) return undefined;
    next.remaining -= 1;
    if (next.remaining <= 0) this.pending.shift();
    return next.fault;
  }
}

/**
 * Acts out a fault. Returns true when the request is finished (answered or dropped), false when
 * it should now be handled normally (after a delay).
 */
export async function applyFault(
  fault: DevServerFault,
  req: IncomingMessage,
  res: ServerResponse,
  closing: AbortSignal,
): Promise<boolean> {
  switch (fault.kind) {
    case 'html-5xx': {
      const status = fault.status ?? 502;
      const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center>` +
          '<hr><center>dev-proxy</center></body></html>\n',
      );
      return true;
    }
    case 'non-json':
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('OK\nthis is not JSON: <token service warming up>\n');
      return true;
    case 'drop':
      req.socket.destroy();
      return true;
    case 'slow':
      try {
        await delay(fault.delayMs, undefined, { signal: closing });
      } catch {
        // The server is closing; its sockets are being destroyed, so nothing can be answered.
        return true;
      }
      return false;
  }
}
