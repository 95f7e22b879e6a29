/**
 * The function's configuration, read from the environment once per container.
 *
 * | variable | meaning |
 * |---|---|
 * | TABLE_NAME | the DynamoDB table (required) |
 * | DYNAMODB_ENDPOINT | another DynamoDB (DynamoDB Local); absent in AWS |
 * | COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID | the user pool whose ID tokens are accepted |
 * | LOCAL_JWKS_FILE | development keys; ignored inside a deployed Lambda |
 * | STAGE | the deployment stage (`prod` never accepts development keys) |
 * | LOCAL_DEV | `true` only on a developer's machine and in tests: development keys, introspection, error messages |
 * | PUBLIC_BASE_URL | the API's public URL for absolute links (pictures, share links); default: the request's host |
 * | GRAPHQL_INTROSPECTION | `false` turns introspection (and the schema's descriptions) off in development too, as deployed (the bench) |
 */
import type { DynamoConfig } from '../store/dynamo/dynamoClient';
import { dynamoConfigFromEnv } from '../store/dynamo/dynamoClient';
import type { AuthConfig } from './auth/tokenVerifier';

export interface ServerConfig {
  stage: string;
  dynamo: DynamoConfig;
  auth: AuthConfig;
  /** Running on a developer's machine or in tests, never in a deployed Lambda. */
  local: boolean;
  /** Where links to the API point (a custom domain); null: the host each request came to. */
  publicBaseUrl: string | null;
  /** Introspection, with the schema's descriptions: development only. */
  introspection: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const stage = env.STAGE ?? 'dev';
  // serverless-offline sets IS_OFFLINE; a deployed Lambda has a function name and no IS_OFFLINE.
  const inDeployedLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME) && env.IS_OFFLINE !== 'true';
  // Opted into by `npm start` and the tests, never inferred: every other host is treated as production.
  const local = env.LOCAL_DEV === 'true' && !inDeployedLambda && stage !== 'prod';
  const cognito =
    env.COGNITO_USER_POOL_ID && env.COGNITO_CLIENT_ID
      ? { userPoolId: env.COGNITO_USER_POOL_ID, clientId: env.COGNITO_CLIENT_ID }
      : null;
  return {
    stage,
    dynamo: dynamoConfigFromEnv(env),
    auth: { cognito, localJwksFile: local && env.LOCAL_JWKS_FILE ? env.LOCAL_JWKS_FILE : null },
    local,
    publicBaseUrl: env.PUBLIC_BASE_URL ? env.PUBLIC_BASE_URL : null,
    introspection: local && env.GRAPHQL_INTROSPECTION !== 'false',
  };
}
