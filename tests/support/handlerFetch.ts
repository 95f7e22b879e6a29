/**
 * A WHATWG `fetch` that answers from the real Lambda handler: each Request
 * becomes the API Gateway v2 event the deployed function would receive, and
 * the handler's result becomes a Response. Clients that take a `fetch`
 * (Apollo Client's HttpLink, graphql-http's audits) then talk to the API as
 * they would over HTTP, with no server to start, and every call is counted.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { apiGatewayEvent } from './apiGatewayEvent';

export interface HandlerFetch {
  /** Drop-in for the global `fetch`. */
  fetch: typeof fetch;
  /** The requests sent so far, in order: method, path and GraphQL operation name when known. */
  readonly requests: { method: string; path: string; operationName: string | null }[];
}

export interface HandlerFetchOptions {
  /** Added to every request that has none (a client's credentials). */
  authorization?: string;
}

function operationNameOf(body: string | undefined, url: URL): string | null {
  const fromQuery = url.searchParams.get('operationName');
  if (fromQuery) return fromQuery;
  if (!body) return null;
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown };
    return typeof parsed.operationName === 'string' ? parsed.operationName : null;
  } catch {
    return null;
  }
}

/** A fetch bound to a handler (`TestApi.invoke`). */
export function handlerFetch(
  invoke: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>,
  options: HandlerFetchOptions = {},
): HandlerFetch {
  const requests: HandlerFetch['requests'] = [];
  const send = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'GET' ? undefined : await request.text();
    // API Gateway gives header names in lower case, as Headers iterates them.
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (options.authorization && !headers.authorization) {
      headers.authorization = options.authorization;
    }
    requests.push({
      method: request.method,
      path: url.pathname,
      operationName: operationNameOf(body, url),
    });
    const event = apiGatewayEvent({
      method: request.method,
      path: url.pathname,
      ...(body === undefined ? {} : { body }),
    });
    // Note: the event gets the request's headers only (apiGatewayEvent adds a JSON content type).
    event.headers = headers;
    event.rawQueryString = url.search.slice(1);
    const result = await invoke(event);
    const status = result.statusCode ?? 200;
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(result.headers ?? {})) {
      responseHeaders.set(name, String(value));
    }
    const nullBody = status === 204 || status === 304;
    return new Response(nullBody ? null : (result.body ?? ''), {
      status,
      headers: responseHeaders,
    });
  };
  return { fetch: send, requests };
}
