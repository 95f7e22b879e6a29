/**
 * DynamoDB Local, as `npm start` and the tests start it (infra/localDynamo.ts),
 * is reachable from this machine only: it listens on 127.0.0.1 and nowhere
 * else.
 *
 * Note: a socket bound to every interface (0.0.0.0, what DynamoDB Local does
 * by itself) accepts connections on each of the machine's addresses; one bound
 * to 127.0.0.1 refuses them on any other. The tests probe another loopback
 * address (127.0.0.2, which Linux routes to this machine like 127.0.0.1) and
 * the IPv6 loopback instead of the network interface's address: no test here
 * sends anything beyond the loopback interface. The kernel's socket table
 * shows the same from the other side.
 */
import { readFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';

const endpoint = new URL(String(process.env.DYNAMODB_ENDPOINT));
const port = Number(endpoint.port);
const onLinux = process.platform === 'linux' ? it : it.skip;

/** Resolves 'connected' or the connection error's code. */
function dial(host: string, to = port): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port: to });
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** An address of /proc/net/tcp{,6} (32-bit words in host byte order, little-endian here) as text. */
function addressOf(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) =>
    (word.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)),
  );
  if (bytes.length === 4) return bytes.join('.');
  // IPv4-mapped IPv6 (::ffff:a.b.c.d): Java listens on IPv4 through a dual-stack socket.
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return bytes.slice(12).join('.');
  }
  return bytes.every((b) => b === 0) ? '::' : hex;
}

/** The local addresses of the listening TCP sockets on `port`, from the kernel's tables. */
function listeningAddresses(on: number): string[] {
  const hexPort = on.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // local_address is HEXADDR:PORT; state 0A is LISTEN.
      .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')
      .map((fields) => addressOf((fields[1] ?? '').split(':')[0] ?? '')),
  );
}

describe('DynamoDB Local', () => {
  it('is given to the API as an endpoint on 127.0.0.1', () => {
    expect(endpoint.hostname).toBe('127.0.0.1');
  });

  it('answers on 127.0.0.1', async () => {
    expect(await dial('127.0.0.1')).toBe('connected');
    const answer = await fetch(endpoint, { method: 'POST' });
    expect(answer.status).toBe(400);
  });

  onLinux('refuses connections on any other address of this machine', async () => {
    expect(await dial('127.0.0.2')).toBe('ECONNREFUSED');
    expect(await dial('::1')).toMatch(/ECONNREFUSED|EADDRNOTAVAIL/);
  });

  onLinux('listens on 127.0.0.1 only, as the kernel sees it', () => {
    expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
  });
});

describe('The probes above', () => {
  let server: Server;
  let wildcardPort: number;
  beforeAll(async () => {
    server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    wildcardPort = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  onLinux(
    'see a server on every interface as reachable on 127.0.0.2 and listening on 0.0.0.0',
    async () => {
      expect(await dial('127.0.0.2', wildcardPort)).toBe('connected');
      expect(listeningAddresses(wildcardPort)).toEqual(['0.0.0.0']);
    },
  );
});
