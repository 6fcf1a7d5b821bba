/**
 * Finds a loopback port that is free right now, to suggest a fixed redirect URI the user
 * registers in Wallboard. Plain Node: the main process owns no window for this.
 */
import { createServer } from 'node:net';

/** Binds 127.0.0.1 on an ephemeral port, notes the port, and closes again. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}
