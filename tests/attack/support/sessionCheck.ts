/**
 * What a session left in the table, against what its client may believe
 * (session.ts): acknowledged writes present exactly as sent, unacknowledged
 * ones absent or whole, nothing applied twice, nothing nobody sent, and no
 * item the API cannot see (a half-written change would leave one).
 */
import { mapPartitionItems } from '../../support/rawTable';
import type { Json, TestApi } from '../../support/testApi';
import type { Session } from './session';

export interface SessionProblems {
  /** Acknowledged writes missing or not as sent. */
  lost: string[];
  /** Unacknowledged writes present in part, or items the API does not see. */
  halfPresent: string[];
  /** Writes applied twice. */
  duplicated: string[];
  /** Records nobody wrote, or removed ones back. */
  phantom: string[];
  /** Orders that are not 0…n−1. */
  disorder: string[];
}

const MAP_CONTENTS = /* GraphQL */ `
  query Check($id: ID!) {
    journeyMap(id: $id) {
      id
      title
      stages {
        id
        name
        position
        touchpoints {
          id
          stageId
          name
          position
          emotionScore
          painPoints {
            id
            description
          }
        }
        kpis {
          id
          stageId
          name
          history {
            source
          }
        }
      }
      versions {
        number
        label
      }
      improvements(first: 100) {
        edges {
          node {
            id
            title
          }
        }
      }
    }
  }
`;

interface Found {
  kind: string;
  fields: Record<string, unknown>;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function checkSession(api: TestApi, session: Session): Promise<SessionProblems> {
  const problems: SessionProblems = {
    lost: [],
    halfPresent: [],
    duplicated: [],
    phantom: [],
    disorder: [],
  };
  const found = new Map<string, Found>();
  const sources = new Map<string, number>();
  const labels = new Map<string, number>();
  const caller = session.caller;

  const personas = await caller.ok(`{ personas(first: 100) { edges { node { id name } } } }`);
  for (const { node } of personas.personas.edges as Json[]) {
    found.set(node.id, { kind: 'persona', fields: { name: node.name } });
  }

  for (const mapId of session.mapIds()) {
    const result = await caller.send(MAP_CONTENTS, { id: mapId });
    const map: Json = result.data?.journeyMap;
    if (!map) continue;
    found.set(map.id, { kind: 'map', fields: { title: map.title } });
    const counts = { stage: 0, touchpoint: 0, painPoint: 0, kpi: 0, improvement: 0 };
    (map.stages as Json[]).forEach((stage, index) => {
      counts.stage += 1;
      if (stage.position !== index)
        problems.disorder.push(`stage ${stage.id} at ${stage.position}, listed ${index}`);
      found.set(stage.id, { kind: 'stage', fields: { name: stage.name } });
      (stage.touchpoints as Json[]).forEach((touchpoint, at) => {
        counts.touchpoint += 1;
        if (touchpoint.position !== at || touchpoint.stageId !== stage.id) {
          problems.disorder.push(
            `touchpoint ${touchpoint.id} at ${touchpoint.position} of ${touchpoint.stageId}, listed ${at} of ${stage.id}`,
          );
        }
        found.set(touchpoint.id, {
          kind: 'touchpoint',
          fields: {
            name: touchpoint.name,
            stageId: stage.id,
            emotionScore: touchpoint.emotionScore,
          },
        });
        for (const painPoint of touchpoint.painPoints as Json[]) {
          counts.painPoint += 1;
          found.set(painPoint.id, {
            kind: 'painPoint',
            fields: { description: painPoint.description, touchpointId: touchpoint.id },
          });
        }
      });
      for (const kpi of stage.kpis as Json[]) {
        counts.kpi += 1;
        found.set(kpi.id, { kind: 'kpi', fields: { name: kpi.name, stageId: kpi.stageId } });
        for (const { source } of kpi.history as Json[]) {
          sources.set(`${kpi.id}/${source}`, (sources.get(`${kpi.id}/${source}`) ?? 0) + 1);
        }
      }
    });
    (map.versions as Json[]).forEach((version, index) => {
      if (version.number !== index + 1)
        problems.disorder.push(`version ${version.number} listed ${index + 1}`);
      labels.set(`${map.id}/${version.label}`, (labels.get(`${map.id}/${version.label}`) ?? 0) + 1);
    });
    for (const { node } of map.improvements.edges as Json[]) {
      counts.improvement += 1;
      found.set(node.id, { kind: 'improvement', fields: { title: node.title } });
    }

    // Every item of the map's partition is one the API shows: a half-applied change would leave others.
    const items = await mapPartitionItems(api, caller.workspaceId, mapId);
    const stored = (prefix: string) => items.filter((i) => String(i.SK).startsWith(prefix)).length;
    const raw = {
      stage: stored('C#STAGE#'),
      touchpoint: stored('C#TP#'),
      painPoint: stored('C#PP#'),
      kpi: stored('C#KPI#'),
      improvement: stored('C#IMP#'),
    };
    if (!sameJson(raw, counts)) {
      problems.halfPresent.push(
        `map ${mapId} stores ${JSON.stringify(raw)}, shows ${JSON.stringify(counts)}`,
      );
    }
    const versions = (map.versions as Json[]).length;
    if (
      stored('VM#') !== versions ||
      items.filter((i) => /^V#\d+#META$/.test(String(i.SK))).length !== versions
    ) {
      problems.halfPresent.push(`map ${mapId} stores versions that it does not list`);
    }
  }

  for (const tracked of session.tracked.values()) {
    const seen = found.get(tracked.id);
    found.delete(tracked.id);
    const certain = tracked.created === 'yes' && tracked.removed === 'no';
    if (!seen) {
      if (certain) problems.lost.push(`${tracked.kind} ${tracked.id} acknowledged, absent`);
      continue;
    }
    if (tracked.removed === 'yes') {
      problems.phantom.push(`${tracked.kind} ${tracked.id} removed, back`);
      continue;
    }
    for (const [field, possible] of Object.entries(tracked.fields)) {
      if (possible.some((value) => sameJson(value, seen.fields[field]))) continue;
      const message = `${tracked.kind} ${tracked.id}.${field} is ${JSON.stringify(seen.fields[field])}, expected one of ${JSON.stringify(possible)}`;
      (tracked.created === 'yes' ? problems.lost : problems.halfPresent).push(message);
    }
  }
  for (const [id, seen] of found) problems.phantom.push(`${seen.kind} ${id} that nobody created`);

  for (const appended of session.appended) {
    const counts = appended.kind === 'measurement' ? sources : labels;
    const key = `${appended.ownerId}/${appended.tag}`;
    const times = counts.get(key) ?? 0;
    counts.delete(key);
    const map = session.tracked.get(appended.mapId);
    const mapCertain = map?.created === 'yes' && map.removed === 'no';
    if (times > 1) problems.duplicated.push(`${appended.kind} "${appended.tag}" ${times} times`);
    else if (times === 0 && appended.acknowledged && mapCertain) {
      problems.lost.push(`${appended.kind} "${appended.tag}" acknowledged, absent`);
    }
  }
  for (const [key] of [...sources, ...labels]) problems.phantom.push(`${key} that nobody wrote`);
  return problems;
}
