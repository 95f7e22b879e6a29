/**
 * What a container builds once and every request shares: configuration, the
 * DynamoDB client, the stores and the token verifier.
 */
import type { Stores } from '../domain/ports';
import { createStores } from '../store/createStores';
import { createDynamo, type Dynamo } from '../store/dynamo/dynamoClient';
import { createTokenVerifier, type TokenVerifier } from './auth/tokenVerifier';
import { configFromEnv, type ServerConfig } from './config';

export interface Runtime {
  config: ServerConfig;
  dynamo: Dynamo;
  stores: Stores;
  verifier: TokenVerifier;
}

export function createRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  const config = configFromEnv(env);
  const dynamo = createDynamo(config.dynamo);
  return {
    config,
    dynamo,
    stores: createStores(dynamo),
    verifier: createTokenVerifier(config.auth),
  };
}

/** The container's runtime (module scope: built on cold start, reused while warm). */
export const runtime = createRuntime();
