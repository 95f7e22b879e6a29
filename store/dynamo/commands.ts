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

/** The command class of one operation, used as lib-dynamodb's are: `new GetCommand(input)`. */
function commandFor<Input extends object, Output extends object>(operation: Operation) {
  return class extends DynamoCommand<Input, Output> {
    readonly operation = operation;
  };
}

export const GetCommand = commandFor<GetCommandInput, GetCommandOutput>('GetItem');
export const PutCommand = commandFor<PutCommandInput, PutCommandOutput>('PutItem');
export const UpdateCommand = commandFor<UpdateCommandInput, UpdateCommandOutput>('UpdateItem');
export const DeleteCommand = commandFor<DeleteCommandInput, DeleteCommandOutput>('DeleteItem');
export const QueryCommand = commandFor<QueryCommandInput, QueryCommandOutput>('Query');
export const ScanCommand = commandFor<ScanCommandInput, ScanCommandOutput>('Scan');
export const BatchGetCommand = commandFor<BatchGetCommandInput, BatchGetCommandOutput>(
  'BatchGetItem',
);
export const BatchWriteCommand = commandFor<BatchWriteCommandInput, BatchWriteCommandOutput>(
  'BatchWriteItem',
);
export const TransactWriteCommand = commandFor<
  TransactWriteCommandInput,
  TransactWriteCommandOutput
>('TransactWriteItems');
export const CreateTableCommand = commandFor<CreateTableCommandInput, CreateTableCommandOutput>(
  'CreateTable',
);
export const DescribeTableCommand = commandFor<
  DescribeTableCommandInput,
  DescribeTableCommandOutput
>('DescribeTable');
export const UpdateTableCommand = commandFor<UpdateTableCommandInput, UpdateTableCommandOutput>(
  'UpdateTable',
);
export const UpdateTimeToLiveCommand = commandFor<
  UpdateTimeToLiveCommandInput,
  UpdateTimeToLiveCommandOutput
>('UpdateTimeToLive');
export const DescribeTimeToLiveCommand = commandFor<
  DescribeTimeToLiveCommandInput,
  DescribeTimeToLiveCommandOutput
>('DescribeTimeToLive');
