import type { MapContents } from '../../domain/maps/mapContents';
import { ITEM_TYPE, decodeItem, type Item } from '../items/itemCodec';

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
        if (!item.deletedAt && !item.pendingCreation) header = decodeItem('header', item);
        break;
      case ITEM_TYPE.stage:
        contents.stages.push(decodeItem('stage', item));
        break;
      case ITEM_TYPE.touchpoint:
        contents.touchpoints.push(decodeItem('touchpoint', item));
        break;
      case ITEM_TYPE.painPoint:
        contents.painPoints.push(decodeItem('painPoint', item));
        break;
      case ITEM_TYPE.kpi:
        contents.kpis.push(decodeItem('kpi', item));
        break;
      case ITEM_TYPE.improvement:
        contents.improvements.push(decodeItem('improvement', item));
        break;
      default:
        break;
    }
  }
  return header ? { header, ...contents } : null;
}
