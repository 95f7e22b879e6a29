/**
 * The HTTP server `npm start` listens with (PORT, 4000): it serves the
 * offline explorer to browsers and passes everything else to
 * serverless-offline, which runs the Lambda handlers on an internal port.
 *
 * Note: the explorer lives here, in the launcher, and not in the Lambda's
 * landing page, so that it never ships in a deployment package.
 *
 * | request | answer |
 * |---|---|
 * | GET/HEAD `/graphql` or `/` from a browser (prefers `text/html`) | the explorer page |
 * | GET/HEAD `/explorer/<file>` | a file of the explorer's bundle |
 * | `GET /sandbox` | a page embedding Apollo Sandbox from its CDN (online only) |
 * | anything else | serverless-offline, unchanged |
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExplorerAssets } from './explorer/buildExplorer';
import { EXPLORER_ASSETS_PATH } from './explorer/explorerConfig';
import { EXPLORER_PAGE_HEADERS } from './explorer/explorerPage';
import { forwardRequest } from './httpProxy';
import { SANDBOX_PAGE_HEADERS } from './explorer/sandboxPage';

/** Where Apollo Sandbox (loaded from Apollo's CDN, so online only) is served. */
export const SANDBOX_PATH = '/sandbox';

export interface FrontServerOptions {
  /** The port to listen on, on localhost; 0 picks a free one. */
  port: number;
  /** serverless-offline's origin, `http://localhost:<port>`. */
  upstream: string;
  /** The explorer's page and bundle. */
  explorer: { page: string; assets: ExplorerAssets };
  /** The Apollo Sandbox page. */
  sandboxPage: string;
}

export interface FrontServer {
  /** `http://localhost:<port>` */
  baseUrl: string;
  port: number;
  /** Stops listening and closes open connections (browsers keep them alive). */
  close(): Promise<void>;
}

/** A media range of an Accept header, with its weight. */
function weights(accept: string): { type: string; q: number }[] {
  return accept.split(',').map((range) => {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    return { type, q: q ? Number(q.slice(2)) || 0 : 1 };
  });
}

/** The weight an Accept header gives `type`: its own range's, else its family's (`text/…`), else the wildcard's. */
function weightOf(ranges: { type: string; q: number }[], type: string): number {
  const family = `${type.split('/')[0]}/*`;
  for (const candidate of [type, family, '*/*']) {
    const range = ranges.find((r) => r.type === candidate);
    if (range) return range.q;
  }
  return 0;
}

/**
 * Whether the client would rather have HTML than JSON: a browser's address
 * bar, not fetch() or curl (whose wildcard weighs both the same), nor a
 * GraphQL client. The same choice Apollo Server makes for its landing page.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = weights(accept);
  return weightOf(ranges, 'text/html') > weightOf(ranges, 'application/json');
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
): void {
  response.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function serveAsset(
  request: IncomingMessage,
  response: ServerResponse,
  assets: ExplorerAssets,
  name: string,
): void {
  const asset = assets.get(name);
  if (!asset) {
    send(request, response, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n');
    return;
  }
  const headers = {
    'content-type': asset.contentType,
    etag: asset.etag,
    // Note: file names do not change between builds: revalidate, and let the ETag spare the body.
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  if (request.headers['if-none-match'] === asset.etag) {
    response.writeHead(304, headers).end();
    return;
  }
  send(request, response, 200, headers, asset.body);
}

/** Starts listening; resolves once it does. */
export function startFrontServer(options: FrontServerOptions): Promise<FrontServer> {
  const upstream = new URL(options.upstream);
  const { page, assets } = options.explorer;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://front.invalid');
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    if (readOnly && url.pathname.startsWith(EXPLORER_ASSETS_PATH)) {
      serveAsset(request, response, assets, url.pathname.slice(EXPLORER_ASSETS_PATH.length));
    } else if (
      readOnly &&
      (url.pathname === '/graphql' || url.pathname === '/') &&
      prefersHtml(request.headers.accept)
    ) {
      send(request, response, 200, EXPLORER_PAGE_HEADERS, page);
    } else if (readOnly && url.pathname === SANDBOX_PATH) {
      send(request, response, 200, SANDBOX_PAGE_HEADERS, options.sandboxPage);
    } else {
      forwardRequest(request, response, upstream, request.url ?? '/');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port, host: 'localhost' }, () => {
      server.removeListener('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://localhost:${port}`,
        port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
