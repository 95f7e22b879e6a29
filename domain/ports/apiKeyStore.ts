import type { ApiKeyRecord } from '../apiKeys/apiKey';
import type { Page, PageRequest } from '../paging/page';
import type { WriteOutcome } from './writeOutcome';

/** API keys of a workspace. Every method is scoped by a workspace id the caller cannot choose. */
export interface ApiKeyStore {
  /** One key, strongly consistent (a revocation is seen by the next request); one GetItem. */
  get(workspaceId: string, id: string): Promise<ApiKeyRecord | null>;
  /** Newest first. */
  list(workspaceId: string, page: PageRequest): Promise<Page<ApiKeyRecord>>;
  count(workspaceId: string): Promise<number>;
  /** Rejected `alreadyExists` when the id is taken. */
  create(workspaceId: string, record: ApiKeyRecord): Promise<WriteOutcome>;
  /** Sets `revokedAt` unless it is set already; the key as it is after. Rejected `notFound`. */
  revoke(workspaceId: string, id: string, now: string): Promise<WriteOutcome<ApiKeyRecord>>;
  /**
   * Sets `lastUsedAt` to `now` unless it is already `notBefore` or later, so
   * that concurrent requests of the same minute write it once (the others'
   * conditions fail, which is not an error).
   */
  markUsed(workspaceId: string, id: string, now: string, notBefore: string): Promise<void>;
}
