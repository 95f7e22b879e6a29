/**
 * The `Idempotency-Key` header (Stripe's convention, IETF draft
 * draft-ietf-httpapi-idempotency-key-header) around the GraphQL Lambda
 * handler. A mutation request that carries a key (1–255 printable ASCII
 * characters) runs at most once per caller and key within 24 hours:
 *
 * - the same request again (same query, operation name and variables, in any
 *   formatting) gets the first response, with `Idempotent-Replayed: true`,
 *   and nothing is written again;
 * - another request with the key is `CONFLICT` (HTTP 422);
 * - while the first request runs, the same request is `CONFLICT` (HTTP 409,
 *   `Retry-After: 1`, `extensions.retryable`): one request executes, the
 *   others wait and retry, then get its response;
 * - a request that wrote nothing (refused, or the database was unavailable)
 *   frees its key, so that a retry runs again.
 *
 * The key is claimed with one conditional write before the request runs,
 * marked committed in the same transaction as the change (store/dynamo/
 * commitMarker.ts), and the response kept with one more write after it.
 * Queries, and requests without the header, pass through untouched.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context as LambdaContext,
} from 'aws-lambda';
import { Kind, OperationTypeNode, parse, print, type OperationDefinitionNode } from 'graphql';
import type { Viewer } from '../../domain/context/viewer';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import { RetryBudget } from '../../domain/shared/retryBudget';
import type { ErrorLog } from '../../resolvers/server/formatError';
import type { CommitMarker } from '../../store/dynamo/commitMarker';
import type {
  DynamoIdempotencyStore,
  KeptResponse,
} from '../../store/idempotency/dynamoIdempotencyStore';
import { errorResult } from './apiGatewayRequest';

type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  lambda?: LambdaContext,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** 1–255 printable ASCII characters, as the contract says. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7E]{1,255}$/;

/** What the wrapper hands the request it runs: the caller, its retry budget, its key's marker. */
export interface IdempotentRequest {
  viewer: Viewer;
  retry: RetryBudget;
  marker: CommitMarker;
}

const current = new AsyncLocalStorage<IdempotentRequest>();

/** The idempotent request being served, inside `withIdempotency`; undefined for any other. */
export const idempotentRequest = (): IdempotentRequest | undefined => current.getStore();

export interface IdempotencyOptions {
  /** The caller, from the Authorization header (the handler answers a failure itself). */
  authenticate: (authorization: string | undefined) => Promise<Viewer>;
  /** The key records, drawing retries from the request's budget. */
  keys: (retry: RetryBudget) => Pick<DynamoIdempotencyStore, 'claim'>;
  log: ErrorLog;
}

/** JSON with object keys sorted: the same variables in any order give the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Mutations whose response holds a secret shown once (`createApiKey`'s key,
 * `createShareLink`'s URL): it is not kept for replays, since it would then be
 * stored; a replay answers that the request was applied.
 */
const SECRET_RESPONSES: ReadonlySet<string> = new Set(['createApiKey', 'createShareLink']);

/** A mutation request, as far as idempotency cares. */
export interface MutationRequest {
  /** Its document as graphql-js prints it, its operation name, its variables in canonical JSON, hashed. */
  fingerprint: string;
  /** Whether its response may be kept for replays. */
  keepResponse: boolean;
}

/** The mutation a request body holds; null for anything else, which the handler answers as without a key. */
export function mutationRequest(body: string | null): MutationRequest | null {
  if (body === null) return null;
  try {
    const request = JSON.parse(body) as {
      query?: unknown;
      operationName?: unknown;
      variables?: unknown;
    };
    if (typeof request.query !== 'string') return null;
    const document = parse(request.query, { noLocation: true });
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const name = typeof request.operationName === 'string' ? request.operationName : null;
    const operation =
      name === null
        ? operations.length === 1
          ? operations[0]
          : undefined
        : operations.find((o) => o.name?.value === name);
    if (operation?.operation !== OperationTypeNode.MUTATION) return null;
    const fields = operation.selectionSet.selections.map((s) =>
      s.kind === Kind.FIELD ? s.name.value : '',
    );
    return {
      fingerprint: createHash('sha256')
        .update(canonicalJson([print(document), name, request.variables ?? null]))
        .digest('base64url'),
      keepResponse: !fields.some((f) => SECRET_RESPONSES.has(f)),
    };
  } catch {
    return null;
  }
}

const bodyOf = (event: APIGatewayProxyEventV2): string | null =>
  event.body === undefined
    ? null
    : event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body;

const headerOf = (event: APIGatewayProxyEventV2, name: string): string | undefined =>
  Object.entries(event.headers).find(([k]) => k.toLowerCase() === name)?.[1];

const conflict = (status: number, message: string, extensions: Record<string, unknown>) =>
  errorResult(status, [{ message, extensions: { code: 'CONFLICT', ...extensions } }], {
    ...(extensions.retryable === true ? { 'retry-after': '1' } : {}),
  });

function keptResponse(result: APIGatewayProxyStructuredResultV2): KeptResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  return { status: result.statusCode ?? 200, headers, body: result.body ?? '' };
}

/** Wraps the GraphQL handler with Idempotency-Key handling. */
export function withIdempotency(
  handler: LambdaHandler,
  options: IdempotencyOptions,
): LambdaHandler {
  return async (event, lambda) => {
    const key = headerOf(event, 'idempotency-key');
    if (key === undefined) return handler(event, lambda);
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      return errorResult(400, [
        {
          message: 'The Idempotency-Key header must be 1 to 255 printable ASCII characters.',
          extensions: {
            code: 'BAD_USER_INPUT',
            issues: [
              { path: ['Idempotency-Key'], message: 'must be 1-255 printable ASCII characters' },
            ],
          },
        },
      ]);
    }
    const mutation =
      event.requestContext.http.method === 'POST' ? mutationRequest(bodyOf(event)) : null;
    if (mutation === null) return handler(event, lambda);

    let viewer: Viewer;
    try {
      viewer = await options.authenticate(headerOf(event, 'authorization'));
    } catch {
      return handler(event, lambda); // Note: it answers the 401 (or the error) as for any request.
    }
    const retry = new RetryBudget();
    const scope = {
      workspaceId: viewer.workspaceId,
      caller: `${viewer.kind}#${viewer.userId}`,
      key,
    };
    let claim;
    try {
      claim = await options.keys(retry).claim(scope, mutation.fingerprint, new Date());
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      options.log('storage unavailable', {
        requestId: event.requestContext.requestId,
        message: error.message,
      });
      return errorResult(
        503,
        [
          {
            message: 'The service is unavailable for a moment; retry shortly.',
            extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
          },
        ],
        { 'retry-after': '1' },
      );
    }

    switch (claim.kind) {
      case 'replay':
        return {
          statusCode: claim.response.status,
          headers: { ...claim.response.headers, 'idempotent-replayed': 'true' },
          body: claim.response.body,
        };
      case 'mismatch':
        return conflict(
          422,
          `This Idempotency-Key was first used at ${claim.firstSeenAt} with another request (query, operation name or variables); use a new key for a new request.`,
          { idempotency: 'KEY_REUSED' },
        );
      case 'inFlight':
        return conflict(
          409,
          'A request with this Idempotency-Key is still running; retry in a moment to get its response.',
          { idempotency: 'IN_FLIGHT', retryable: true },
        );
      case 'unanswered':
        return conflict(
          409,
          `The request with this Idempotency-Key was applied at ${claim.committedAt}, but its response was not kept (it held a secret shown once, was too large, or was lost in a crash); read the current state instead of sending it again.`,
          { idempotency: 'APPLIED_RESPONSE_NOT_KEPT' },
        );
      case 'started':
        break;
    }

    const { lease } = claim;
    const result = await current.run({ viewer, retry, marker: lease.marker }, () =>
      handler(event, lambda),
    );
    try {
      await lease.finish(mutation.keepResponse ? keptResponse(result) : null);
    } catch (error) {
      // The change and its answer stand; a replay will say the response was not kept.
      options.log('idempotency key not completed', {
        requestId: event.requestContext.requestId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    return result;
  };
}
