/**
 * Drives the real pictures handler (functions/pictures.ts) with API Gateway
 * v2 GET events, in the same process (and against the same table and request
 * counter) as the test API of tests/support/testApi.ts.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { apiGatewayEvent } from './apiGatewayEvent';
import type { Json } from './testApi';

/** An HTTP answer as a client reads it. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  /** The body's bytes (decoded from base64 when the function sent binary). */
  bytes: Buffer;
  /** The body as UTF-8 text. */
  text: string;
  /** The body as JSON (error answers). */
  json(): Json;
}

export interface GetOptions {
  /** A bearer token; none when absent. */
  token?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

/** GET `path` (and its query) from the pictures function. */
export type PicturesGet = (path: string, options?: GetOptions) => Promise<HttpAnswer>;

export async function picturesApi(): Promise<PicturesGet> {
  // Note: imported once the test API has set TABLE_NAME, so that both share one runtime.
  const { handler } = await import('../../functions/pictures');
  return async (path, options = {}) => {
    const result: APIGatewayProxyStructuredResultV2 = await handler(
      apiGatewayEvent({
        method: 'GET',
        path,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.headers ?? {}),
        },
        ...(options.query ? { query: options.query } : {}),
      }),
    );
    const raw = result.body ?? '';
    const bytes = result.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
    const headers = Object.fromEntries(
      Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    return {
      status: result.statusCode ?? 200,
      headers,
      bytes,
      text: bytes.toString('utf8'),
      json: () => JSON.parse(bytes.toString('utf8')),
    };
  };
}

/** The path and query of an absolute URL, as the function receives them. */
export function pathAndQuery(url: string): { path: string; query: Record<string, string> } {
  const parsed = new URL(url);
  return { path: parsed.pathname, query: Object.fromEntries(parsed.searchParams) };
}
