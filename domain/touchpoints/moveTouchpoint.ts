import { partMove } from '../parts/movePart';
import { moveTouchpointInput } from './touchpointInputs';

/**
 * Moves a touchpoint within its stage or to another stage of the same map:
 * one read for the neighbours, then one write of its stage and order key.
 */
export const moveTouchpoint = partMove(
  'touchpoint',
  moveTouchpointInput,
  ({ record, view, placedAt, parentId }) => {
    const from = view.stageById.get(record.stageId)?.name;
    const to = view.stageById.get(parentId ?? record.stageId)?.name;
    return record.stageId === parentId
      ? `Touchpoint "${record.name}" moved to position ${placedAt} in "${to}"`
      : `Touchpoint "${record.name}" moved from "${from}" to "${to}", position ${placedAt}`;
  },
);
