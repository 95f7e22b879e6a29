/** GraphQL documents and small builders shared by the integration tests. */
import type { Caller, Json } from './testApi';

/**
 * A map's own fields, scope included, as the tests interpolate them into a
 * selection: `journeyMap { ${MAP_HEADER_FIELDS} }`.
 */
export const MAP_HEADER_FIELDS = `id title description state status owner tags reviewCadenceDays lastReviewedAt nextReviewAt
  revision createdAt updatedAt scope { objective perimeter segment horizon stakeholders }`;

/** What the tests read of a map (`...MapFields`): its personas, emotion curve, stages and their parts. */
export const MAP_FRAGMENT = /* GraphQL */ `
  fragment MapFields on JourneyMap {
    id
    title
    revision
    updatedAt
    personas {
      id
      name
    }
    emotionCurve {
      stageId
      stageName
      position
      averageEmotion
      emotionColor
    }
    stages {
      id
      name
      position
      revision
      averageEmotion
      emotionColor
      touchpoints {
        id
        stageId
        name
        position
        channel
        mode
        emotionScore
        emotionColor
        revision
        painPoints {
          id
          description
          severity
          evidence
          revision
        }
      }
      kpis {
        id
        name
        type
        current
        measuredAt
        targetReached
        history {
          value
          measuredAt
          source
        }
      }
    }
  }
`;

export const MAP_QUERY = /* GraphQL */ `
  query Map($id: ID!) {
    journeyMap(id: $id) {
      ...MapFields
    }
  }
  ${MAP_FRAGMENT}
`;

export async function createMap(
  caller: Caller,
  input: Record<string, unknown> = {},
): Promise<Json> {
  const data = await caller.ok(
    `mutation($input: CreateJourneyMapInput!) {
      createJourneyMap(input: $input) { journeyMap { id title revision stages { id name position } } }
    }`,
    { input: { title: 'Souscription SaaS', ...input } },
  );
  return data.createJourneyMap.journeyMap;
}

export async function addStage(
  caller: Caller,
  mapId: string,
  name: string,
  position?: number,
): Promise<Json> {
  const data = await caller.ok(
    `mutation($input: AddStageInput!) { addStage(input: $input) { stage { id name revision } } }`,
    { input: { mapId, name, ...(position === undefined ? {} : { position }) } },
  );
  return data.addStage.stage;
}

export async function addTouchpoint(
  caller: Caller,
  mapId: string,
  stageId: string,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<Json> {
  const data = await caller.ok(
    `mutation($input: AddTouchpointInput!) { addTouchpoint(input: $input) { touchpoint { id name revision } } }`,
    { input: { mapId, stageId, name, channel: 'WEBSITE', ...extra } },
  );
  return data.addTouchpoint.touchpoint;
}

export async function addPainPoint(
  caller: Caller,
  mapId: string,
  touchpointId: string,
  description: string,
  extra: Record<string, unknown> = {},
): Promise<Json> {
  const data = await caller.ok(
    `mutation($input: AddPainPointInput!) { addPainPoint(input: $input) { painPoint { id } } }`,
    { input: { mapId, touchpointId, description, ...extra } },
  );
  return data.addPainPoint.painPoint;
}

export async function addKpi(
  caller: Caller,
  mapId: string,
  stageId: string,
  name: string,
  type: string,
  extra: Record<string, unknown> = {},
): Promise<Json> {
  const data = await caller.ok(
    `mutation($input: AddKpiInput!) { addKpi(input: $input) { kpi { id } } }`,
    { input: { mapId, stageId, name, type, ...extra } },
  );
  return data.addKpi.kpi;
}

export async function readMap(caller: Caller, id: string): Promise<Json> {
  return (await caller.ok(MAP_QUERY, { id })).journeyMap;
}

/** The touchpoint names of each stage, in order: the shape a reader sees. */
export const layout = (map: Json): Record<string, string[]> =>
  Object.fromEntries(map.stages.map((s: Json) => [s.name, s.touchpoints.map((t: Json) => t.name)]));

export const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);
