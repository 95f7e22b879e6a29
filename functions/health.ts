/**
 * GET /health: 200 when the function runs and its table answers, 503 when it
 * does not. No Apollo on this path, so it stays cheap to start.
 */
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { checkTable } from '../store/dynamo/checkTable';
import { createDynamo, dynamoConfigFromEnv } from '../store/dynamo/dynamoClient';

const dynamo = createDynamo(dynamoConfigFromEnv());

export async function handler(): Promise<APIGatewayProxyResultV2> {
  const ok = await checkTable(dynamo);
  return {
    statusCode: ok ? 200 : 503,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: JSON.stringify({ status: ok ? 'ok' : 'unavailable' }),
  };
}
