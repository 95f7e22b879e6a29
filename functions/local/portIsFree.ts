import { createServer } from 'node:net';

/** Whether a TCP port can be bound on this machine, on every interface. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    // Note: no host, i.e. the dual-stack wildcard: it conflicts with a listener on any address.
    server.listen({ port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
