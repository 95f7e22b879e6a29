import { defaultMode } from './channelModes';
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { definedOnly } from '../shared/definedOnly';
import { knownAfterUpdate, partRef, type PartRef } from '../parts/partRef';
import { revisionCheck } from '../parts/revisionCheck';
import { parseInput } from '../validation/parseInput';
import { updateTouchpointInput } from './touchpointInputs';

/**
 * A blind write of the given fields. A new channel brings its default mode
 * unless the caller sets the mode too.
 */
export async function updateTouchpoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'touchpoint'>> {
  const { mapId, touchpointId, expectedRevision, ...fields } = parseInput(
    updateTouchpointInput,
    rawInput,
  );
  const set = definedOnly(fields);
  if (set.channel !== undefined && set.mode === undefined) set.mode = defaultMode(set.channel);
  const now = nowIso(ctx);
  await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
    now,
    actor: actorOf(ctx.viewer),
    changes: [
      {
        kind: 'update',
        part: 'touchpoint',
        id: touchpointId,
        set,
        revision: revisionCheck(expectedRevision),
      },
    ],
    history: {
      operation: 'updateTouchpoint',
      entity: 'Touchpoint',
      entityId: touchpointId,
      summary: `Touchpoint fields changed: ${Object.keys(set).join(', ') || 'none'}`,
    },
  });
  return partRef('touchpoint', mapId, touchpointId, knownAfterUpdate(set, now, expectedRevision));
}
