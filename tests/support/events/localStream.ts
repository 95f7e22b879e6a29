/**
 * The stream function as integration tests run it over a test API's table:
 * a reader of DynamoDB Local's stream from now on, and the real stream
 * handler's processor for what it reads (no WebSocket pushes). The test
 * says where events go and where logs go.
 */
import { createStreamProcessor, type StreamWiring } from '../../../functions/stream/streamHandler';
import { buildSchema } from '../../../resolvers/server/buildSchema';
import { openStreamReader, type StreamReader } from '../../../store/stream/streamReader';
import type { TestApi } from '../testApi';

/** A reader of the stream and the processor of its records. */
export interface LocalStream {
  reader: StreamReader;
  processBatch: ReturnType<typeof createStreamProcessor>;
}

/** Opens the stream of `api`'s table at its latest record; the caller closes `reader`. */
export async function openLocalStream(
  api: TestApi,
  wiring: Pick<StreamWiring, 'publisher' | 'log'>,
): Promise<LocalStream> {
  const reader = await openStreamReader(api.runtime.dynamo, {
    endpoint: process.env.DYNAMODB_ENDPOINT,
    from: 'LATEST',
  });
  const processBatch = createStreamProcessor({
    dynamo: api.runtime.dynamo,
    schema: buildSchema({ validate: true }),
    pusher: () => null,
    local: true,
    ...wiring,
  });
  return { reader, processBatch };
}
