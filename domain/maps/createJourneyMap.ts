import { rejectionError } from '../shared/rejections';
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { newId } from '../shared/ids';
import { appendKey, keyAfter } from '../ordering/orderKeys';
import type { MapHeaderRecord } from './journeyMap';
import type { MapContents } from './mapContents';
import type { StageRecord } from '../stages/stage';
import { nextReviewAt } from './review';
import { templateStageNames } from './templates';
import { createJourneyMapInput } from './mapInputs';
import { parseInput } from '../validation/parseInput';
import { largestField } from '../validation/largestField';

export async function createJourneyMap(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<MapContents> {
  const { id, template, templateLanguage, ...fields } = parseInput(createJourneyMapInput, rawInput);
  const now = nowIso(ctx);
  const header: MapHeaderRecord = {
    ...fields,
    id: id ?? newId(),
    lastReviewedAt: null,
    nextReviewAt: nextReviewAt(now, null, fields.reviewCadenceDays),
    changeSeq: 1,
    latestVersion: 0,

    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  let orderKey = appendKey(ctx.clock.now().getTime());
  const stages: StageRecord[] = templateStageNames(template, templateLanguage).map((name, i) => {
    if (i > 0) orderKey = keyAfter(orderKey);
    return {
      id: newId(),
      name,
      description: null,
      customerGoal: null,
      owner: null,
      orderKey,
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
  const contents: MapContents = {
    header,
    stages,
    touchpoints: [],
    painPoints: [],
    kpis: [],
    improvements: [],
  };
  const outcome = await ctx.stores.maps.create(ctx.viewer.workspaceId, contents, {
    actor: actorOf(ctx.viewer),
    history: {
      operation: 'createJourneyMap',
      entity: 'JourneyMap',
      entityId: header.id,
      summary: `Map "${header.title}" created${template === 'BLANK' ? '' : ` from ${template}`}`,
    },
  });
  if (!outcome.ok) throw rejectionError(outcome.rejection, { tooLarge: largestField(fields) });
  return contents;
}
