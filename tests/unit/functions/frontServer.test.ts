/**
 * The front server of `npm start` in front of a stand-in for
 * serverless-offline: requests reach it unchanged (method, path and query,
 * headers, body), its answers come back unchanged and streamed, and only a
 * browser's page load gets the explorer.
 */
import { createHash } from 'node:crypto';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StaticAsset } from '../../../functions/local/explorer/buildExplorer';
import {
  prefersHtml,
  startFrontServer,
  type FrontServer,
} from '../../../functions/local/frontServer';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  bodyLength: number;
  bodySha256: string;
}

const BROWSER_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const PAGE = '<!DOCTYPE html><title>explorer</title>';
const MAIN_JS: StaticAsset = {
  body: Buffer.from('console.log("explorer")'),
  contentType: 'text/javascript; charset=utf-8',
  etag: '"main-js"',
};

let upstream: Server;
let front: FrontServer;
const seen: Seen[] = [];
/** Ends the answer of the pending GET /stream. */
let releaseStream: () => void = () => undefined;

/** The stand-in for serverless-offline: records each request, answers by path. */
function startUpstream(): Promise<Server> {
  const server = createServer((request, response) => {
    const hash = createHash('sha256');
    let bodyLength = 0;
    request.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bodyLength += chunk.length;
    });
    request.on('end', () => {
      const record: Seen = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        bodyLength,
        bodySha256: hash.digest('hex'),
      };
      seen.push(record);
      const path = new URL(record.url, 'http://upstream').pathname;
      if (path === '/stream') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.write('first part;');
        releaseStream = () => response.end('last part');
        return;
      }
      const status = path.startsWith('/status/') ? Number(path.slice('/status/'.length)) : 201;
      response.writeHead(status, {
        'content-type': 'application/json',
        'x-upstream': 'offline',
        'set-cookie': ['a=1; Path=/', 'b=2; Path=/'],
      });
      response.end(JSON.stringify(record));
    });
  });
  return new Promise((resolve) => server.listen(0, 'localhost', () => resolve(server)));
}

const SANDBOX_PAGE = '<!DOCTYPE html><title>Sandbox</title>';

const portOf = (server: Server) => (server.address() as AddressInfo).port;

beforeAll(async () => {
  upstream = await startUpstream();
  front = await startFrontServer({
    port: 0,
    upstream: `http://localhost:${portOf(upstream)}`,
    explorer: { page: PAGE, assets: new Map([['main.js', MAIN_JS]]) },
    sandboxPage: SANDBOX_PAGE,
  });
});

afterAll(async () => {
  await front?.close();
  upstream?.closeAllConnections();
  await new Promise((resolve) => upstream?.close(resolve));
});

beforeEach(() => {
  seen.length = 0;
});

describe('front server: passing requests to serverless-offline', () => {
  it('forwards method, path, query string, headers and body, and returns status, headers and body', async () => {
    const body = Buffer.alloc(1024 * 1024 + 7, 'x');
    const response = await fetch(`${front.baseUrl}/anything/here?b=2&a=%20one&a=two`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer the-token',
        'content-type': 'application/octet-stream',
        'x-custom': 'kept',
      },
      body,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-upstream')).toBe('offline');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    const record = (await response.json()) as Seen;
    expect(record).toMatchObject({
      method: 'POST',
      url: '/anything/here?b=2&a=%20one&a=two',
      bodyLength: body.length,
      bodySha256: createHash('sha256').update(body).digest('hex'),
    });
    expect(record.headers).toMatchObject({
      authorization: 'Bearer the-token',
      'content-type': 'application/octet-stream',
      'x-custom': 'kept',
      host: `localhost:${front.port}`,
    });
  });

  it.each(['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('forwards %s', async (method) => {
    const response = await fetch(`${front.baseUrl}/graphql?x=1`, { method });
    expect(response.status).toBe(201);
    expect(seen).toMatchObject([{ method, url: '/graphql?x=1' }]);
  });

  it('returns the upstream status code, errors included', async () => {
    for (const status of [400, 401, 404, 503]) {
      const response = await fetch(`${front.baseUrl}/status/${status}`);
      expect(response.status).toBe(status);
      expect(((await response.json()) as Seen).url).toBe(`/status/${status}`);
    }
  });

  it('streams the answer as it comes', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      get(`${front.baseUrl}/stream`, resolve).on('error', reject);
    });
    response.setEncoding('utf8');
    const chunks = response[Symbol.asyncIterator]();
    // Note: the upstream has not ended its answer yet: this part arrived on its own.
    expect((await chunks.next()).value).toBe('first part;');
    releaseStream();
    let rest = '';
    for (let chunk = await chunks.next(); !chunk.done; chunk = await chunks.next()) {
      rest += String(chunk.value);
    }
    expect(rest).toBe('last part');
  });

  it('answers 502 when serverless-offline does not answer', async () => {
    const closed = await startUpstream();
    const port = portOf(closed);
    await new Promise((resolve) => closed.close(resolve));
    const orphan = await startFrontServer({
      port: 0,
      upstream: `http://localhost:${port}`,
      explorer: { page: PAGE, assets: new Map() },
      sandboxPage: SANDBOX_PAGE,
    });
    try {
      const response = await fetch(`${orphan.baseUrl}/graphql`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(502);
      expect(await response.text()).toMatch(/^Bad gateway/);
    } finally {
      await orphan.close();
    }
  });
});

describe('front server: the explorer', () => {
  it('serves the explorer page to a browser opening /graphql or /', async () => {
    for (const path of ['/graphql', '/']) {
      const response = await fetch(`${front.baseUrl}${path}`, {
        headers: { accept: BROWSER_ACCEPT },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await response.text()).toBe(PAGE);
    }
    expect(seen).toEqual([]);
  });

  it('passes GET /graphql to the API when the client asks for JSON (or anything)', async () => {
    for (const accept of ['application/json', '*/*', 'application/json, text/html']) {
      const response = await fetch(`${front.baseUrl}/graphql?query=%7B__typename%7D`, {
        headers: { accept },
      });
      expect(response.status).toBe(201);
    }
    expect(seen.map((r) => r.url)).toEqual(Array(3).fill('/graphql?query=%7B__typename%7D'));
  });

  it("serves the bundle's files, with an ETag, and 404 for any other", async () => {
    const response = await fetch(`${front.baseUrl}/explorer/main.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(MAIN_JS.contentType);
    expect(await response.text()).toBe(MAIN_JS.body.toString());
    const again = await fetch(`${front.baseUrl}/explorer/main.js`, {
      headers: { 'if-none-match': MAIN_JS.etag },
    });
    expect(again.status).toBe(304);
    expect((await fetch(`${front.baseUrl}/explorer/other.js`)).status).toBe(404);
    expect(seen).toEqual([]);
  });

  it('serves the Apollo Sandbox page itself at /sandbox, without bothering serverless-offline', async () => {
    const response = await fetch(`${front.baseUrl}/sandbox`, {
      headers: { accept: BROWSER_ACCEPT },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(SANDBOX_PAGE);
    expect(seen).toEqual([]);
  });
});

describe('prefersHtml', () => {
  it.each([
    [BROWSER_ACCEPT, true],
    ['text/html', true],
    ['text/*', true],
    ['application/json', false],
    ['*/*', false],
    ['application/json, text/html', false],
    ['text/html;q=0.5, application/json', false],
    ['', false],
    [undefined, false],
  ])('%s: %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
