import { compareVersions } from '../domain/versions/readVersions';
import type { Resolvers } from './__generated__/resolverTypes';
import { loadView } from './support/views';

/**
 * The comparison of two versions (or a version and the draft). Added
 * entities are records of the newer side's view, removed ones of the older
 * side's, so their derived fields describe the side they exist in.
 */
export const diffResolvers: Resolvers = {
  Query: {
    compareJourneyMapVersions: (_parent, args, ctx) =>
      compareVersions(args, (mapId, version) => loadView(ctx, mapId, version)),
  },
  JourneyMapDiff: {
    from: (c) => c.from.version ?? 0,
    to: (c) => c.to.version,
    map: (c) => c.diff.map,
    stages: (c) => c.diff.stages,
    touchpoints: (c) => c.diff.touchpoints,
    painPoints: (c) => c.diff.painPoints,
    kpis: (c) => c.diff.kpis,
    emotionDeltas: (c) => c.diff.emotionDeltas,
    kpiDeltas: (c) => c.diff.kpiDeltas,
    improvements: (c) => c.diff.improvements,
  },
};
