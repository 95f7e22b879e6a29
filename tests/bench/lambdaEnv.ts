/**
 * The environment of the measured processes: what a Lambda container sets
 * that the handlers can see (region, credentials, locale, time zone), plus
 * the application's own variables. Both sides get the same, but for
 * TABLE_NAME (each reads its own table); nothing else leaks in from the
 * bench's own environment.
 *
 * Note: no AWS_LAMBDA_FUNCTION_NAME: our configuration takes it as "deployed"
 * and would then refuse the development token (functions/config.ts).
 */
export interface LambdaEnvOptions {
  tableName: string;
  endpoint: string;
  jwksFile: string;
  /** Where the Lambda runtime's own node_modules would be (the external-SDK variant only). */
  nodePath?: string;
}

/** The AWS variables, as Lambda sets them; both handlers sign with fixed credentials of their own. */
export const AWS_ENV = {
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'x',
  AWS_SECRET_ACCESS_KEY: 'x',
  LANG: 'en_US.UTF-8',
  TZ: ':UTC',
} as const;

export function lambdaEnv(options: LambdaEnvOptions): NodeJS.ProcessEnv {
  return {
    ...(process.env.PATH ? { PATH: process.env.PATH } : {}),
    ...AWS_ENV,
    TABLE_NAME: options.tableName,
    DYNAMODB_ENDPOINT: options.endpoint,
    // Ours only (the stock handler reads none of them): development keys, not in production.
    LOCAL_DEV: 'true',
    LOCAL_JWKS_FILE: options.jwksFile,
    // As deployed: no introspection, so the schema is built without its descriptions.
    GRAPHQL_INTROSPECTION: 'false',
    STAGE: 'bench',
    ...(options.nodePath ? { NODE_PATH: options.nodePath } : {}),
  };
}
