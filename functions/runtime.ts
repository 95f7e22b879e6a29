/**
 * What a container builds once and every request shares: configuration, the
 * DynamoDB connection and the token verifier. Stores are cheap views of the
 * connection, made per unit of work with its retry budget (`storesFor`).
 */
import type { Stores } from '../domain/ports/stores';
import { RetryBudget } from '../domain/shared/retryBudget';
import { createStores } from '../store/createStores';
import type { CommitMarker } from '../store/dynamo/commitMarker';
import { createDynamo, forUnitOfWork, type DynamoConnection } from '../store/dynamo/dynamoClient';
import { createTokenVerifier, type TokenVerifier } from './auth/tokenVerifier';
import { configFromEnv, type ServerConfig } from './config';

export interface Runtime {
  config: ServerConfig;
  dynamo: DynamoConnection;
  verifier: TokenVerifier;
  /**
   * The stores of one unit of work (a request), drawing retries from `retry`;
   * with `marker`, its committing writes mark the request's Idempotency-Key.
   */
  storesFor(retry?: RetryBudget, marker?: CommitMarker): Stores;
}

export function createRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  const config = configFromEnv(env);
  const dynamo = createDynamo(config.dynamo);
  return {
    config,
    dynamo,
    verifier: createTokenVerifier(config.auth),
    storesFor: (retry = new RetryBudget(), marker?: CommitMarker) =>
      createStores(forUnitOfWork(dynamo, retry, marker)),
  };
}

/** The container's runtime (module scope: built on cold start, reused while warm). */
export const runtime = createRuntime();
