/**
 * Requests to the real Lambda handler with any headers (an API key, an
 * Idempotency-Key), answered with their status, headers and parsed body.
 */
import { apiGatewayEvent } from './apiGatewayEvent';
import type { Json, TestApi } from './testApi';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Json;
  /** The body as sent (to compare replays byte for byte). */
  text: string;
}

export async function postGraphQL(
  api: TestApi,
  headers: Record<string, string>,
  request: { query: string; variables?: Record<string, unknown>; operationName?: string } | string,
): Promise<RawResponse> {
  const result = await api.invoke(
    apiGatewayEvent({
      headers,
      body: typeof request === 'string' ? request : JSON.stringify(request),
    }),
  );
  const text = result.body ?? '';
  const responseHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    responseHeaders[name.toLowerCase()] = String(value);
  }
  return {
    status: result.statusCode ?? 200,
    headers: responseHeaders,
    body: JSON.parse(text),
    text,
  };
}

/** `Authorization: ApiKey <key>`. */
export const apiKeyHeader = (key: string) => ({ authorization: `ApiKey ${key}` });

/** `Authorization: Bearer <token>`. */
export const bearerHeader = (token: string) => ({ authorization: `Bearer ${token}` });
