import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { definedOnly } from '../shared/definedOnly';
import { knownAfterUpdate, partRef, type PartRef } from '../parts/partRef';
import { revisionCheck } from '../parts/revisionCheck';
import { updatePainPointInput } from './painPointInputs';
import { parseInput } from '../validation/parseInput';

export async function updatePainPoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'painPoint'>> {
  const { mapId, painPointId, expectedRevision, ...fields } = parseInput(
    updatePainPointInput,
    rawInput,
  );
  const set = definedOnly(fields);
  const now = nowIso(ctx);
  await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
    now,
    actor: actorOf(ctx.viewer),
    changes: [
      {
        kind: 'update',
        part: 'painPoint',
        id: painPointId,
        set,
        revision: revisionCheck(expectedRevision),
      },
    ],
    history: {
      operation: 'updatePainPoint',
      entity: 'PainPoint',
      entityId: painPointId,
      summary: `Pain point fields changed: ${Object.keys(set).join(', ') || 'none'}`,
    },
  });
  return partRef('painPoint', mapId, painPointId, knownAfterUpdate(set, now, expectedRevision));
}
