import type { MapContents } from '../../domain/records';
import {
  ITEM_TYPE,
  headerFromItem,
  improvementFromItem,
  kpiFromItem,
  painPointFromItem,
  stageFromItem,
  touchpointFromItem,
  type Item,
} from '../items/itemCodec';

/** Sorts the items of one map partition into its records; null when the header is missing or deleted. */
export function contentsFromItems(items: readonly Item[]): MapContents | null {
  const contents: Omit<MapContents, 'header'> = {
    stages: [],
    touchpoints: [],
    painPoints: [],
    kpis: [],
    improvements: [],
  };
  let header: MapContents['header'] | null = null;
  for (const item of items) {
    switch (item.entityType) {
      case ITEM_TYPE.header:
        // Deleted, or still being created: not a map readers may see.
        if (!item.deletedAt && !item.pendingCreation) header = headerFromItem(item);
        break;
      case ITEM_TYPE.stage:
        contents.stages.push(stageFromItem(item));
        break;
      case ITEM_TYPE.touchpoint:
        contents.touchpoints.push(touchpointFromItem(item));
        break;
      case ITEM_TYPE.painPoint:
        contents.painPoints.push(painPointFromItem(item));
        break;
      case ITEM_TYPE.kpi:
        contents.kpis.push(kpiFromItem(item));
        break;
      case ITEM_TYPE.improvement:
        contents.improvements.push(improvementFromItem(item));
        break;
      default:
        break;
    }
  }
  return header ? { header, ...contents } : null;
}
