/**
 * Points each test file at its worker's DynamoDB Local (started by
 * globalSetup.ts): a jest `setupFiles` entry of the integration project, run
 * in the file's environment before anything reads DYNAMODB_ENDPOINT.
 */
export const WORKER_ENDPOINT_PREFIX = 'DYNAMODB_ENDPOINT_WORKER_';

/** The DynamoDB Local globalSetup started for this jest worker, if it did. */
export const workerEndpoint = (): string | undefined =>
  process.env[`${WORKER_ENDPOINT_PREFIX}${process.env.JEST_WORKER_ID ?? '1'}`];

const endpoint = workerEndpoint();
if (endpoint) process.env.DYNAMODB_ENDPOINT = endpoint;
