/**
 * GET /health: 200 when the function runs and its table answers, 503 when it
 * does not. No Apollo on this path, so it stays cheap to start.
 */
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { RETRY_POLICY, RetryBudget } from '../domain/shared/retryBudget';
import { checkTable } from '../store/dynamo/checkTable';
import { createDynamo, dynamoConfigFromEnv, forUnitOfWork } from '../store/dynamo/dynamoClient';

const dynamo = createDynamo(dynamoConfigFromEnv());

export async function handler(): Promise<APIGatewayProxyResultV2> {
  // Note: no retries: the answer is whether the table answers now.
  const ok = await checkTable(
    forUnitOfWork(dynamo, new RetryBudget({ ...RETRY_POLICY, maxRetries: 0 })),
  );
  return {
    statusCode: ok ? 200 : 503,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: JSON.stringify({ status: ok ? 'ok' : 'unavailable' }),
  };
}
