import { listHistory } from '../domain/history/readHistory';
import { buildMapView, type MapView } from '../domain/maps/mapView';
import { partRef } from '../domain/parts/partRef';
import { duplicateMap } from '../domain/versions/duplicateMap';
import { publishVersion } from '../domain/versions/publishVersion';
import { compareVersions } from '../domain/versions/readVersions';
import { restoreVersion } from '../domain/versions/restoreVersion';
import type { ImprovementRecord, MapPartKind, MapPartRecords } from '../domain/records';
import type { Resolvers } from './__generated__/resolverTypes';
import { connection, connectionFields } from './support/connection';
import { draftParent, mapParent } from './JourneyMap';
import type { SideDiffParent } from './context/parents';
import { viewOf } from './support/partFields';

/** Added entities come from the newer side's view, removed ones from the older side's. */
const sideEntities =
  <K extends MapPartKind>(kind: K, side: 'added' | 'removed') =>
  (parent: SideDiffParent<K>) => {
    const view: MapView = side === 'added' ? parent.to : parent.from;
    return parent.diff[side].map((record: MapPartRecords[K]) =>
      partRef(kind, view.header.id, record.id, record, view.version),
    );
  };

const improvementsOf = (view: MapView, records: readonly ImprovementRecord[]) =>
  records.map((record) => ({ record, version: view.version }));

export const versionResolvers: Resolvers = {
  Query: {
    compareJourneyMapVersions: (_parent, args, ctx) =>
      compareVersions(args, (mapId, version) => viewOf(ctx, mapId, version)),
  },
  Mutation: {
    publishJourneyMapVersion: async (_parent, { input }, ctx) => ({
      version: await publishVersion(ctx.useCase, input),
    }),
    restoreJourneyMapVersion: async (_parent, { input }, ctx) => {
      const mapId = await restoreVersion(ctx.useCase, input);
      return { journeyMap: await draftParent(ctx, mapId) };
    },
    duplicateJourneyMap: async (_parent, { input }, ctx) => ({
      journeyMap: mapParent(buildMapView(await duplicateMap(ctx.useCase, input))),
    }),
  },
  JourneyMap: {
    version: (map) => map.version,
    versions: (map, _args, ctx) => ctx.loaders.versions.load(map.id),
    latestVersion: async (map, _args, ctx) => {
      // The draft's header says which version is the latest; a version's own header is frozen.
      const header = map.version === null ? map.header : await ctx.loaders.mapHeader.load(map.id);
      if (!header || header.latestVersion === 0) return null;
      return ctx.loaders.versionMeta.load(`${map.id}#${header.latestVersion}`);
    },
    history: async (map, args, ctx) =>
      connection(await listHistory(ctx.useCase, map.id, args), () => Promise.resolve(0)),
  },
  JourneyMapVersion: {
    map: async (meta, _args, ctx) => mapParent(await viewOf(ctx, meta.mapId, meta.number)),
  },
  HistoryEntry: {
    entityType: (entry) => entry.entity,
  },
  HistoryEntryConnection: {
    edges: connectionFields.edges,
    pageInfo: connectionFields.pageInfo,
  },
  JourneyMapDiff: {
    from: (c) => c.from.version ?? 0,
    to: (c) => c.to.version,
    map: (c) => c.diff.map,
    stages: (c) => ({ diff: c.diff.stages, from: c.from, to: c.to }),
    touchpoints: (c) => ({ diff: c.diff.touchpoints, from: c.from, to: c.to }),
    painPoints: (c) => ({ diff: c.diff.painPoints, from: c.from, to: c.to }),
    kpis: (c) => ({ diff: c.diff.kpis, from: c.from, to: c.to }),
    emotionDeltas: (c) => c.diff.emotionDeltas,
    kpiDeltas: (c) => c.diff.kpiDeltas,
    improvements: (c) => ({ diff: c.diff.improvements, from: c.from, to: c.to }),
    summary: (c) => c.summary,
  },
  StageDiff: {
    added: sideEntities('stage', 'added'),
    removed: sideEntities('stage', 'removed'),
    changed: (p) => p.diff.changed,
  },
  TouchpointDiff: {
    added: sideEntities('touchpoint', 'added'),
    removed: sideEntities('touchpoint', 'removed'),
    changed: (p) => p.diff.changed,
  },
  PainPointDiff: {
    added: sideEntities('painPoint', 'added'),
    removed: sideEntities('painPoint', 'removed'),
    changed: (p) => p.diff.changed,
  },
  KpiDiff: {
    added: sideEntities('kpi', 'added'),
    removed: sideEntities('kpi', 'removed'),
    changed: (p) => p.diff.changed,
  },
  ImprovementDiff: {
    added: (p) => improvementsOf(p.to, p.diff.added),
    removed: (p) => improvementsOf(p.from, p.diff.removed),
    statusChanged: (p) => p.diff.statusChanged,
    changed: (p) => p.diff.changed,
  },
};
