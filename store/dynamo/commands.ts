/**
 * The DynamoDB operations the stores send, as commands named and shaped like
 * `@aws-sdk/lib-dynamodb`'s (document inputs and outputs: plain values, not
 * AttributeValues), for the project's own client (dynamoHttpClient.ts).
 * Only their types come from the SDK; nothing here loads it.
 */
import type {
  BatchGetCommandInput,
  BatchGetCommandOutput,
  BatchWriteCommandInput,
  BatchWriteCommandOutput,
  DeleteCommandInput,
  DeleteCommandOutput,
  GetCommandInput,
  GetCommandOutput,
  PutCommandInput,
  PutCommandOutput,
  QueryCommandInput,
  QueryCommandOutput,
  ScanCommandInput,
  ScanCommandOutput,
  TransactWriteCommandInput,
  TransactWriteCommandOutput,
  UpdateCommandInput,
  UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type {
  CreateTableCommandInput,
  CreateTableCommandOutput,
  DescribeTableCommandInput,
  DescribeTableCommandOutput,
  DescribeTimeToLiveCommandInput,
  DescribeTimeToLiveCommandOutput,
  UpdateTableCommandInput,
  UpdateTableCommandOutput,
  UpdateTimeToLiveCommandInput,
  UpdateTimeToLiveCommandOutput,
} from '@aws-sdk/client-dynamodb';

export type {
  BatchGetCommandInput,
  BatchWriteCommandInput,
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  ScanCommandInput,
  TransactWriteCommandInput,
  UpdateCommandInput,
  CreateTableCommandInput,
};

/** DynamoDB's operation names, as they go in `X-Amz-Target`. */
export type Operation =
  | 'GetItem'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'Query'
  | 'Scan'
  | 'BatchGetItem'
  | 'BatchWriteItem'
  | 'TransactWriteItems'
  | 'CreateTable'
  | 'DescribeTable'
  | 'UpdateTable'
  | 'UpdateTimeToLive'
  | 'DescribeTimeToLive';

/** One request to DynamoDB: its operation and its input, in document form. */
export abstract class DynamoCommand<Input extends object, Output extends object> {
  abstract readonly operation: Operation;
  /** Only carries the output's type, for `send`. */
  declare readonly outputType?: Output;
  constructor(readonly input: Input) {}
}

export class GetCommand extends DynamoCommand<GetCommandInput, GetCommandOutput> {
  readonly operation = 'GetItem';
}
export class PutCommand extends DynamoCommand<PutCommandInput, PutCommandOutput> {
  readonly operation = 'PutItem';
}
export class UpdateCommand extends DynamoCommand<UpdateCommandInput, UpdateCommandOutput> {
  readonly operation = 'UpdateItem';
}
export class DeleteCommand extends DynamoCommand<DeleteCommandInput, DeleteCommandOutput> {
  readonly operation = 'DeleteItem';
}
export class QueryCommand extends DynamoCommand<QueryCommandInput, QueryCommandOutput> {
  readonly operation = 'Query';
}
export class ScanCommand extends DynamoCommand<ScanCommandInput, ScanCommandOutput> {
  readonly operation = 'Scan';
}
export class BatchGetCommand extends DynamoCommand<BatchGetCommandInput, BatchGetCommandOutput> {
  readonly operation = 'BatchGetItem';
}
export class BatchWriteCommand extends DynamoCommand<
  BatchWriteCommandInput,
  BatchWriteCommandOutput
> {
  readonly operation = 'BatchWriteItem';
}
export class TransactWriteCommand extends DynamoCommand<
  TransactWriteCommandInput,
  TransactWriteCommandOutput
> {
  readonly operation = 'TransactWriteItems';
}
export class CreateTableCommand extends DynamoCommand<
  CreateTableCommandInput,
  CreateTableCommandOutput
> {
  readonly operation = 'CreateTable';
}
export class DescribeTableCommand extends DynamoCommand<
  DescribeTableCommandInput,
  DescribeTableCommandOutput
> {
  readonly operation = 'DescribeTable';
}
export class UpdateTableCommand extends DynamoCommand<
  UpdateTableCommandInput,
  UpdateTableCommandOutput
> {
  readonly operation = 'UpdateTable';
}
export class UpdateTimeToLiveCommand extends DynamoCommand<
  UpdateTimeToLiveCommandInput,
  UpdateTimeToLiveCommandOutput
> {
  readonly operation = 'UpdateTimeToLive';
}
export class DescribeTimeToLiveCommand extends DynamoCommand<
  DescribeTimeToLiveCommandInput,
  DescribeTimeToLiveCommandOutput
> {
  readonly operation = 'DescribeTimeToLive';
}
