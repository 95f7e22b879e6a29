/**
 * Relay's Global Object Identification: `node(id:)` and `nodes(ids:)` read
 * any object that implements `Node` from its id alone. The id says where the
 * object is (domain/versions/versionObjectIds.ts): an entity's own id is
 * looked up as a persona, a map or an improvement in one batched read; a
 * published version's object comes from that version, read whole once per
 * request; a version's description is one small read.
 */
import type { ImprovementRecord } from '../domain/backlog/improvement';
import type { MapHeaderRecord } from '../domain/maps/journeyMap';
import type { MapView } from '../domain/maps/mapView';
import { nodeIdArg, nodeIdsArg } from '../domain/nodes/nodeInputs';
import type { PersonaRecord } from '../domain/personas/persona';
import { DomainError } from '../domain/shared/errors';
import { parseInput } from '../domain/validation/parseInput';
import { parseObjectId } from '../domain/versions/versionObjectIds';
import type { VersionMeta } from '../domain/versions/versionRecords';
import type { Resolvers } from './__generated__/resolverTypes';
import type { RequestContext } from './context/requestContext';
import { loadView } from './support/views';

type NodeType = 'JourneyMap' | 'Persona' | 'Improvement' | 'JourneyMapVersion';
type NodeParent = MapHeaderRecord | PersonaRecord | ImprovementRecord | VersionMeta;

/** The type of each object `node` found: records do not carry their GraphQL type. */
const typeOfNode = new WeakMap<object, NodeType>();

function typed(type: NodeType, record: NodeParent | null | undefined): NodeParent | null {
  if (!record) return null;
  typeOfNode.set(record, type);
  return record;
}

/** A published version's view, or null when the map has no such version (here). */
async function versionView(
  ctx: RequestContext,
  mapId: string,
  version: number,
): Promise<MapView | null> {
  try {
    return await loadView(ctx, mapId, version);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The object an id names, or null. */
async function findNode(ctx: RequestContext, id: string): Promise<NodeParent | null> {
  const target = parseObjectId(id);
  if (!target) return null;
  switch (target.kind) {
    case 'entity': {
      const found = await ctx.loaders.byId.load(target.id);
      return found ? typed(found.type, found.record) : null;
    }
    case 'version':
      return typed(
        'JourneyMapVersion',
        await ctx.loaders.versionMeta.load(`${target.mapId}#${String(target.version)}`),
      );
    case 'versionObject': {
      const view = await versionView(ctx, target.mapId, target.version);
      if (!view) return null;
      switch (target.type) {
        case 'JourneyMap':
          return typed('JourneyMap', view.header);
        case 'Persona':
          return typed(
            'Persona',
            view.frozenPersonas?.find((p) => p.id === target.entityId),
          );
        case 'Improvement':
          return typed('Improvement', view.improvementById.get(target.entityId));
        case 'Stage':
        case 'Touchpoint':
        case 'PainPoint':
        case 'Kpi':
          // Not Nodes: their draft ids do not say which map holds them (schema/node.graphql).
          return null;
      }
    }
  }
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, ctx) => findNode(ctx, parseInput(nodeIdArg, id, ['id'])),
    nodes: (_parent, { ids }, ctx) =>
      Promise.all(parseInput(nodeIdsArg, ids, ['ids']).map((id) => findNode(ctx, id))),
  },
  Node: {
    __resolveType: (record) => {
      const type = typeOfNode.get(record);
      if (!type) throw new Error('A Node was resolved that node() did not find');
      return type;
    },
  },
};
