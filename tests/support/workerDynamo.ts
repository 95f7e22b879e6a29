/**
 * Points each test file at its worker's DynamoDB Local (started by
 * globalSetup.ts): a jest `setupFiles` entry of the integration project, run
 * in the file's environment before anything reads DYNAMODB_ENDPOINT.
 */
export const WORKER_ENDPOINT_PREFIX = 'DYNAMODB_ENDPOINT_WORKER_';

const workerEndpoint = process.env[`${WORKER_ENDPOINT_PREFIX}${process.env.JEST_WORKER_ID ?? '1'}`];
if (workerEndpoint) process.env.DYNAMODB_ENDPOINT = workerEndpoint;
