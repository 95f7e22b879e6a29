/**
 * Counts DynamoDB requests at the HTTP level, by their `X-Amz-Target`
 * (`DynamoDB_20120810.Query` → `Query`): the stock handler's client is
 * internal to its bundle, out of reach of an SDK middleware, but every
 * client in a process sends through `http.request` (the SDK's Node HTTP
 * handler calls it for each request, including each attempt of a retry).
 *
 * Install before the bundles are loaded. The wrapper only reads a header and
 * increments a counter, nothing measurable beside a request to DynamoDB.
 */
import http from 'node:http';

export interface HttpRequestCounter {
  reset(): void;
  /** Counts by DynamoDB operation since the last reset. */
  byOperation(): Record<string, number>;
}

type HeaderBag = Record<string, unknown> | undefined;

function targetOf(args: unknown[]): string {
  for (const arg of args) {
    if (typeof arg !== 'object' || arg === null || arg instanceof URL) continue;
    const headers = (arg as { headers?: HeaderBag }).headers;
    if (!headers) continue;
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() === 'x-amz-target') return String(value).replace(/^.*\./, '');
    }
  }
  return 'other';
}

export function installHttpRequestCounter(): HttpRequestCounter {
  const counts = new Map<string, number>();
  const original = http.request.bind(http);
  const counting = (...args: unknown[]) => {
    const target = targetOf(args);
    counts.set(target, (counts.get(target) ?? 0) + 1);
    return (original as (...a: unknown[]) => http.ClientRequest)(...args);
  };
  http.request = counting;
  return {
    reset: () => counts.clear(),
    byOperation: () => Object.fromEntries(counts),
  };
}
