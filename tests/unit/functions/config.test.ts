import { configFromEnv } from '../../../functions/config';

const base = { TABLE_NAME: 'journeys', LOCAL_JWKS_FILE: '/tmp/jwks.json' };

describe('Server configuration', () => {
  it('is production-like unless development mode is opted into', () => {
    const config = configFromEnv({ ...base, STAGE: 'dev' });
    expect(config.local).toBe(false);
    expect(config.auth.localJwksFile).toBeNull();
  });

  it('accepts development keys with LOCAL_DEV=true on a developer machine or under serverless-offline', () => {
    expect(configFromEnv({ ...base, LOCAL_DEV: 'true' })).toMatchObject({
      local: true,
      auth: { localJwksFile: '/tmp/jwks.json' },
    });
    expect(
      configFromEnv({
        ...base,
        LOCAL_DEV: 'true',
        AWS_LAMBDA_FUNCTION_NAME: 'graphql',
        IS_OFFLINE: 'true',
      }).local,
    ).toBe(true);
  });

  it('never accepts them in a deployed Lambda or on prod, even with LOCAL_DEV=true', () => {
    const deployed = configFromEnv({
      ...base,
      LOCAL_DEV: 'true',
      AWS_LAMBDA_FUNCTION_NAME: 'graphql',
    });
    expect([deployed.local, deployed.auth.localJwksFile]).toEqual([false, null]);
    const prod = configFromEnv({ ...base, LOCAL_DEV: 'true', STAGE: 'prod' });
    expect([prod.local, prod.auth.localJwksFile]).toEqual([false, null]);
  });

  it('allows introspection in development only, unless GRAPHQL_INTROSPECTION=false', () => {
    expect(configFromEnv({ ...base, LOCAL_DEV: 'true' }).introspection).toBe(true);
    expect(
      configFromEnv({ ...base, LOCAL_DEV: 'true', GRAPHQL_INTROSPECTION: 'false' }).introspection,
    ).toBe(false);
    expect(configFromEnv({ ...base, GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(false);
  });

  it('verifies Cognito ID tokens when the pool and client are configured', () => {
    const config = configFromEnv({
      ...base,
      COGNITO_USER_POOL_ID: 'eu-west-1_abc',
      COGNITO_CLIENT_ID: 'client',
    });
    expect(config.auth.cognito).toEqual({ userPoolId: 'eu-west-1_abc', clientId: 'client' });
  });

  it('refuses to start without a table', () => {
    expect(() => configFromEnv({})).toThrow('TABLE_NAME');
  });
});
