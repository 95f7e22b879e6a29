/** The DynamoDB implementation of the domain's stores, built once per process. */
import type { Stores } from '../domain/ports/stores';
import { DynamoApiKeyStore } from './apiKeys/dynamoApiKeyStore';
import { DynamoBacklogStore } from './backlog/dynamoBacklogStore';
import type { Dynamo } from './dynamo/dynamoClient';
import { DynamoHistoryStore } from './history/dynamoHistoryStore';
import { DynamoLookupStore } from './lookup/dynamoLookupStore';
import { DynamoMapStore } from './maps/dynamoMapStore';
import { DynamoPersonaStore } from './personas/dynamoPersonaStore';
import { DynamoShareLinkStore } from './shareLinks/dynamoShareLinkStore';
import { DynamoVersionStore } from './versions/dynamoVersionStore';

export function createStores(dynamo: Dynamo): Stores {
  const versions = new DynamoVersionStore(dynamo);
  return {
    personas: new DynamoPersonaStore(dynamo),
    maps: new DynamoMapStore(dynamo, versions),
    backlog: new DynamoBacklogStore(dynamo),
    versions,
    history: new DynamoHistoryStore(dynamo),
    apiKeys: new DynamoApiKeyStore(dynamo),
    shareLinks: new DynamoShareLinkStore(dynamo),
    lookup: new DynamoLookupStore(dynamo),
  };
}
