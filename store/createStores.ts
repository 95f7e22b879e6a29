/** The DynamoDB implementation of the domain's stores, built once per process. */
import type { Stores } from '../domain/ports';
import { DynamoBacklogStore } from './backlog/dynamoBacklogStore';
import type { Dynamo } from './dynamoClient';
import { DynamoMapStore } from './maps/dynamoMapStore';
import { DynamoPersonaStore } from './personas/dynamoPersonaStore';

export function createStores(dynamo: Dynamo): Stores {
  return {
    personas: new DynamoPersonaStore(dynamo),
    maps: new DynamoMapStore(dynamo),
    backlog: new DynamoBacklogStore(dynamo),
  };
}
