/**
 * `npm start`'s stand-in for Lambda's event source mapping: DynamoDB Local
 * has a stream but nothing to call with it, so this reads the table's stream
 * (store/stream/streamReader.ts) and invokes the stream function inside
 * serverless-offline (its Lambda invoke endpoint: the same bundle, the same
 * handler as in AWS) with each batch, as a DynamoDB stream event. Like the
 * mapping, it honours ReportBatchItemFailures (the next invocation starts at
 * the first failed record) and gives a batch up after a few failed attempts.
 */
import type { DynamoDBBatchResponse } from 'aws-lambda';
import type { DynamoConnection } from '../../store/dynamo/dynamoClient';
import { openStreamReader, type StreamRecord } from '../../store/stream/streamReader';

export interface StreamPumpOptions {
  dynamo: DynamoConnection;
  /** The connection's endpoint (DynamoDB Local's), where the stream is read. */
  dynamoEndpoint: string | undefined;
  /** serverless-offline's Lambda invoke endpoint, e.g. `http://localhost:3002`. */
  lambdaEndpoint: string;
  /** The stream function's deployed name, e.g. `journey-map-api-local-streams`. */
  functionName: string;
  /** How long to wait between two reads of an idle stream. */
  intervalMs?: number;
  /** Attempts of one batch before it is set aside (as the mapping's maximumRetryAttempts + 1). */
  maxAttempts?: number;
  log: (line: string) => void;
}

export interface StreamPump {
  stop(): Promise<void>;
}

/** A record as Lambda delivers it: binary values in base64, the time in epoch seconds. */
function lambdaRecord(record: StreamRecord, streamArn: string): unknown {
  const json = JSON.stringify(
    {
      ...record,
      eventSource: 'aws:dynamodb',
      awsRegion: 'local',
      eventSourceARN: streamArn,
      dynamodb: {
        ...record.dynamodb,
        ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
          ? Math.floor(record.dynamodb.ApproximateCreationDateTime.getTime() / 1000)
          : undefined,
      },
    },
    (_key, value: unknown) => {
      if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
      const buffer = value as { type?: unknown; data?: unknown } | null;
      if (buffer?.type === 'Buffer' && Array.isArray(buffer.data)) {
        return Buffer.from(buffer.data as number[]).toString('base64');
      }
      return value;
    },
  );
  return JSON.parse(json);
}

export async function startStreamPump(options: StreamPumpOptions): Promise<StreamPump> {
  const reader = await openStreamReader(options.dynamo, {
    endpoint: options.dynamoEndpoint,
    from: 'LATEST',
  });
  const url = `${options.lambdaEndpoint}/2015-03-31/functions/${options.functionName}/invocations`;
  const maxAttempts = options.maxAttempts ?? 6;
  let pending: StreamRecord[] = [];
  let attempts = 0;
  const state = { stopped: false };

  const invoke = async (records: StreamRecord[]): Promise<number> => {
    const response = await fetch(url, {
      method: 'POST',
      body: JSON.stringify({ Records: records.map((r) => lambdaRecord(r, 'local-stream')) }),
    });
    const body = (await response.json()) as Partial<DynamoDBBatchResponse> & {
      errorMessage?: string;
    };
    if (!response.ok || body.errorMessage) {
      throw new Error(`the stream function failed: ${body.errorMessage ?? response.status}`);
    }
    const failed = body.batchItemFailures?.[0]?.itemIdentifier;
    return failed === undefined
      ? records.length
      : records.findIndex((r) => r.dynamodb?.SequenceNumber === failed);
  };

  const tick = async () => {
    pending.push(...(await reader.read()));
    if (pending.length === 0) return;
    let done: number;
    try {
      done = await invoke(pending);
    } catch (error) {
      options.log(`stream: ${error instanceof Error ? error.message : String(error)}`);
      done = 0;
    }
    attempts = done > 0 ? 0 : attempts + 1;
    pending = pending.slice(Math.max(done, 0));
    if (attempts >= maxAttempts && pending.length > 0) {
      options.log(
        `stream: record ${pending[0]?.dynamodb?.SequenceNumber} set aside after ${attempts} attempts`,
      );
      pending = pending.slice(1);
      attempts = 0;
    }
  };

  // Note: the first invocation loads the function (seconds); not the first change's subscribers' wait.
  await invoke([]).catch((error: unknown) => {
    options.log(`stream: ${error instanceof Error ? error.message : String(error)}`);
  });

  const loop = (async () => {
    while (!state.stopped) {
      try {
        await tick();
      } catch (error) {
        options.log(`stream: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
    }
  })();

  return {
    async stop() {
      state.stopped = true;
      await loop;
      reader.close();
    },
  };
}
