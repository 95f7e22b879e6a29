/**
 * Sends to WebSocket clients through API Gateway's management API
 * (`@connections`): PostToConnection, and DeleteConnection to close. A
 * client that has gone answers 410 (GoneException): the caller forgets it.
 * Transient failures are sent again within the unit of work's retry budget.
 */
import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  GoneException,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import type { ConnectionPusher } from '../../domain/ports/connectionPusher';
import type { RetryBudget } from '../../domain/shared/retryBudget';
import { isTransient } from '../dynamo/transientErrors';

/**
 * A client of the WebSocket API's management endpoint
 * (`https://<api>.execute-api.<region>.amazonaws.com/<stage>`, or
 * serverless-offline's `http://localhost:<port>` locally).
 */
export function createManagementClient(endpoint: string): ApiGatewayManagementApiClient {
  const local = endpoint.startsWith('http://');
  return new ApiGatewayManagementApiClient({
    endpoint,
    maxAttempts: 1,
    // Note: serverless-offline accepts any credentials; none may exist on a developer's machine.
    ...(local
      ? { region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
}

const isGone = (error: unknown) =>
  error instanceof GoneException ||
  (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode === 410;

export class ApiGatewayPusher implements ConnectionPusher {
  /** PostToConnection calls sent, for the figures and the tests. */
  posts = 0;

  constructor(
    private readonly client: Pick<ApiGatewayManagementApiClient, 'send'>,
    private readonly retry: RetryBudget,
  ) {}

  async send(connectionId: string, message: string): Promise<'sent' | 'gone'> {
    for (;;) {
      this.posts += 1;
      try {
        await this.client.send(
          new PostToConnectionCommand({ ConnectionId: connectionId, Data: Buffer.from(message) }),
        );
        return 'sent';
      } catch (error) {
        if (isGone(error)) return 'gone';
        if (!isTransient(error) || !(await this.retry.retry())) throw error;
      }
    }
  }

  async disconnect(connectionId: string): Promise<void> {
    try {
      await this.client.send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
    } catch (error) {
      if (!isGone(error)) throw error;
    }
  }
}
