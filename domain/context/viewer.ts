/** Who is calling, as established from verified credentials (never from arguments). */
import type { Role } from '../shared/enums';

export interface Viewer {
  /** The JWT subject, or the API key's id. */
  userId: string;
  workspaceId: string;
  role: Role;
  kind: 'USER' | 'API_KEY';
}

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, OWNER: 2 };

export const hasRole = (viewer: Viewer, least: Role): boolean => RANK[viewer.role] >= RANK[least];

/** Workspace ids become key prefixes: keep them to characters that cannot forge a key. */
export const WORKSPACE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
