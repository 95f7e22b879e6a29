/**
 * The AWS SDK's default credential chain, as a Lambda function needs it.
 * Lambda hands a function its role's credentials in the environment
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), which is
 * also the first place the full chain looks; the rest of the chain (SSO, STS,
 * profiles, the instance metadata service) is never reached in a function,
 * yet costs ~90 KiB of bundle and its evaluation at every cold start. The
 * bundle (bundle.cjs) puts this module in the place of
 * `@aws-sdk/credential-provider-node`.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
