import type { UseCaseContext } from '../context/useCaseContext';
import type { MapWrite } from '../ports/mapWrite';
import { rejectionError, type RejectionPaths } from '../shared/rejections';

/** Sends one write to a map; throws the client's error, or StaleRead, when it is rejected. */
export async function commitMapWrite(
  ctx: UseCaseContext,
  mapId: string,
  write: MapWrite,
  paths?: RejectionPaths,
): Promise<void> {
  const outcome = await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, write);
  if (!outcome.ok) throw rejectionError(outcome.rejection, paths);
}
