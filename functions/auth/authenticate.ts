/**
 * Turns the Authorization header into a Viewer, or throws UNAUTHENTICATED
 * (HTTP 401). People send `Bearer <JWT>`: the workspace and role come only
 * from verified claims, `custom:workspace_id` and `custom:role`, read-only
 * Cognito attributes set by an administrator (see README.md,
 * "Authentication"). Integrations send `ApiKey <key>`: the key names its
 * workspace and is checked against its stored hash
 * (domain/apiKeys/verifyApiKey.ts).
 */
import { ROLES, type Role } from '../../domain/shared/enums';
import { DomainError } from '../../domain/shared/errors';
import { WORKSPACE_ID_PATTERN, type Viewer } from '../../domain/context/viewer';
import type { Claims, TokenVerifier } from './tokenVerifier';

const unauthenticated = (message: string) => new DomainError('UNAUTHENTICATED', message);

export function viewerFromClaims(claims: Claims): Viewer {
  const workspaceId = claims['custom:workspace_id'];
  const role = claims['custom:role'];
  const sub = claims.sub;
  if (typeof workspaceId !== 'string' || !WORKSPACE_ID_PATTERN.test(workspaceId)) {
    throw unauthenticated('The token carries no valid workspace (custom:workspace_id).');
  }
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
    throw unauthenticated('The token carries no valid role (custom:role).');
  }
  if (typeof sub !== 'string' || sub.length === 0)
    throw unauthenticated('The token has no subject.');
  return { userId: sub, workspaceId, role: role as Role, kind: 'USER' };
}

/** Checks an API key; absent where keys are not accepted. */
export type ApiKeyVerifier = (key: string) => Promise<Viewer>;

export async function authenticate(
  authorization: string | undefined,
  verifier: TokenVerifier,
  apiKeys?: ApiKeyVerifier,
): Promise<Viewer> {
  const header = authorization?.trim() ?? '';
  const apiKey = /^ApiKey\s+(\S+)$/i.exec(header)?.[1];
  if (apiKey !== undefined) {
    if (!apiKeys) throw unauthenticated('API keys are not accepted here.');
    return apiKeys(apiKey);
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw unauthenticated('Send an Authorization header: "Bearer <token>" or "ApiKey <key>".');
  }
  let claims: Claims;
  try {
    claims = await verifier.verify(match[1]);
  } catch {
    throw unauthenticated('The token is invalid or expired.');
  }
  return viewerFromClaims(claims);
}
