import type { ShareLinkRecord } from '../shareLinks/shareLink';
import type { WriteOutcome } from './writeOutcome';

/** What opening a share link finds: the link and the workspace it belongs to. */
export interface SharedLink {
  workspaceId: string;
  link: ShareLinkRecord;
}

/**
 * Share links. A link is kept with its map (listing a map's links is one
 * Query, deleting the map deletes them) and, while it is not revoked, also
 * under the hash of its secret, which is how an anonymous request finds it
 * (and its workspace) in one GetItem.
 */
export interface ShareLinkStore {
  /**
   * Stores a new link and its secret's hash, if the map (and the version,
   * when one is given) exists; else rejected `notFound`.
   */
  create(workspaceId: string, link: ShareLinkRecord, tokenHash: string): Promise<WriteOutcome>;
  /** The links of a map, oldest first. */
  list(workspaceId: string, mapId: string): Promise<ShareLinkRecord[]>;
  /** One link; null when absent. */
  get(workspaceId: string, id: string): Promise<ShareLinkRecord | null>;
  /**
   * Marks the link revoked and forgets its secret's hash, at once; a link
   * already revoked is left as it is. Rejected `notFound` when absent.
   */
  revoke(workspaceId: string, id: string, now: string): Promise<WriteOutcome<ShareLinkRecord>>;
  /** The live or expired link whose secret hashes to `tokenHash`; null when unknown or revoked. */
  findByTokenHash(tokenHash: string): Promise<SharedLink | null>;
}
