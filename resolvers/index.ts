/** Every resolver, merged by type. */
import type { Resolvers } from './__generated__/resolverTypes';
import { apiKeyResolvers } from './ApiKey';
import { diffResolvers } from './Diff';
import { exchangeResolvers } from './Exchange';
import { historyResolvers } from './History';
import { identityResolvers } from './Identity';
import { improvementResolvers } from './Improvement';
import { journeyMapResolvers } from './JourneyMap';
import { kpiResolvers } from './Kpi';
import { nodeResolvers } from './Node';
import { painPointResolvers } from './PainPoint';
import { personaResolvers } from './Persona';
import { pictureResolvers } from './Picture';
import { DateScalar, DateTime, JSONScalar } from './server/scalars';
import { shareLinkResolvers } from './ShareLink';
import { stageResolvers } from './Stage';
import { partPayloadResolvers } from './support/partPayloads';
import { touchpointResolvers } from './Touchpoint';
import { versionResolvers } from './Version';
import { viewerResolvers } from './Viewer';

const parts: Resolvers[] = [
  viewerResolvers,
  personaResolvers,
  journeyMapResolvers,
  stageResolvers,
  touchpointResolvers,
  painPointResolvers,
  kpiResolvers,
  improvementResolvers,
  versionResolvers,
  diffResolvers,
  historyResolvers,
  partPayloadResolvers,
  apiKeyResolvers,
  exchangeResolvers,
  pictureResolvers,
  shareLinkResolvers,
  identityResolvers,
  nodeResolvers,
];

function merge(list: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const resolvers of list) {
    for (const [type, fields] of Object.entries(resolvers)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return merged;
}

export const resolvers: Resolvers = {
  ...merge(parts),
  DateTime,
  Date: DateScalar,
  JSON: JSONScalar,
};
