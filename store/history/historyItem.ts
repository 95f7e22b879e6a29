import { newId } from '../../domain/shared/ids';
import type { Actor } from '../../domain/context/actor';
import type { HistoryNote } from '../../domain/ports/mapWrite';
import { ITEM_TYPE } from '../items/itemCodec';
import { historyKey } from '../keys';
import { flatChange } from './flatChange';

/** The item recording one change of a map; written in the change's own transaction. */
export function historyItem(
  workspaceId: string,
  mapId: string,
  actor: Actor,
  note: HistoryNote,
  at: string,
) {
  const id = newId(Date.parse(at));
  return {
    ...historyKey(workspaceId, mapId, id),
    entityType: ITEM_TYPE.history,
    ...flatChange(id, actor, note, at),
  };
}
