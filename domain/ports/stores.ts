/**
 * What the domain needs from storage. `store/` implements these with
 * DynamoDB; the domain never sees a key, an expression or an SDK type.
 */
import type { ApiKeyStore } from './apiKeyStore';
import type { BacklogStore } from './backlogStore';
import type { HistoryStore } from './historyStore';
import type { LookupStore } from './lookupStore';
import type { MapStore } from './mapStore';
import type { PersonaStore } from './personaStore';
import type { ShareLinkStore } from './shareLinkStore';
import type { VersionStore } from './versionStore';

export interface Stores {
  personas: PersonaStore;
  maps: MapStore;
  backlog: BacklogStore;
  versions: VersionStore;
  history: HistoryStore;
  apiKeys: ApiKeyStore;
  shareLinks: ShareLinkStore;
  /** Objects found by id alone, whatever their type (`node(id:)`). */
  lookup: LookupStore;
}
