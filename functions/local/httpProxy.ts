/**
 * Forwards one HTTP request to another local server and streams its answer
 * back, unchanged but for the hop-by-hop headers (which describe one
 * connection, not the message): the front server's way of putting
 * serverless-offline behind it without the API noticing.
 */
import {
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import { pipeline } from 'node:stream';

/** RFC 9110 §7.6.1; Node sets its own framing (Transfer-Encoding) and connection headers. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** The headers that belong to the message, i.e. all but the hop-by-hop ones and those `Connection` names. */
function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = new Set(
    (headers.connection ?? '').split(',').map((name) => name.trim().toLowerCase()),
  );
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) kept[name] = value;
  }
  return kept;
}

/**
 * Sends `request` to `origin` (`http://localhost:<port>`) at `path` (path and
 * query string) and pipes the answer into `response`. Answers 502 when the
 * upstream cannot be reached; a client that goes away cancels the upstream call.
 */
export function forwardRequest(
  request: IncomingMessage,
  response: ServerResponse,
  origin: URL,
  path: string,
): void {
  const upstream = httpRequest({
    hostname: origin.hostname,
    port: origin.port,
    method: request.method,
    path,
    headers: endToEnd(request.headers),
  });

  let failed = false;
  const fail = (error: Error) => {
    if (failed) return;
    failed = true;
    upstream.destroy();
    if (response.headersSent) {
      response.destroy(error);
      return;
    }
    response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`Bad gateway: ${origin.origin} did not answer (${error.message}).\n`);
  };

  upstream.on('error', fail);
  upstream.on('response', (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
    // Note: on an error either side is destroyed; a half-sent answer cannot be mended.
    pipeline(answer, response, () => undefined);
  });
  // Note: the client going away before the answer ends the upstream call too.
  response.on('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  pipeline(request, upstream, (error) => {
    if (error) fail(error);
  });
}
