/**
 * Writes the bench maps into our table through our own stores, as the
 * application writes them (tests/support/largeMap.ts does the same for the
 * tests): personas with `stores.personas.create`, each map with
 * `stores.maps.create`.
 */
import { appendKey, keyAfter } from '../../domain/ordering/orderKeys';
import type { KpiRecord } from '../../domain/kpis/kpi';
import type { MapContents } from '../../domain/maps/mapContents';
import type { PainPointRecord } from '../../domain/painPoints/painPoint';
import { personaRecord } from '../../domain/personas/persona';
import type { StageRecord } from '../../domain/stages/stage';
import { touchpointRecord, type TouchpointRecord } from '../../domain/touchpoints/touchpoint';
import type { WriteOutcome } from '../../domain/ports/writeOutcome';
import { createStores } from '../../store/createStores';
import { createDynamo, forUnitOfWork } from '../../store/dynamo/dynamoClient';
import { ensureTable } from '../../store/dynamo/tableSetup';
import { seededHeader } from '../support/largeMap';
import type { BenchMap, BenchPersona } from './benchMaps';

function expectWritten(outcome: WriteOutcome, what: string): void {
  if (!outcome.ok) throw new Error(`seeding ${what} failed: ${JSON.stringify(outcome.rejection)}`);
}

/** A bench map as our records: the same content, our ordering keys and audit fields. */
function contentsOf(map: BenchMap, now: string): MapContents {
  const audit = { revision: 1, createdAt: now, updatedAt: now };
  const stages: StageRecord[] = [];
  const touchpoints: TouchpointRecord[] = [];
  const painPoints: PainPointRecord[] = [];
  const kpis: KpiRecord[] = [];
  let stageKey = appendKey();
  map.stages.forEach((stage, s) => {
    if (s > 0) stageKey = keyAfter(stageKey);
    stages.push({
      ...audit,
      id: stage.id,
      name: stage.name,
      description: null,
      customerGoal: null,
      owner: null,
      orderKey: stageKey,
    });
    let touchpointKey = appendKey();
    stage.touchpoints.forEach((touchpoint, t) => {
      if (t > 0) touchpointKey = keyAfter(touchpointKey);
      touchpoints.push(
        touchpointRecord.parse({
          ...audit,
          id: touchpoint.id,
          stageId: stage.id,
          name: touchpoint.name,
          channel: touchpoint.channel,
          mode:
            touchpoint.channel === 'PHONE' || touchpoint.channel === 'STORE' ? 'OFFLINE' : 'ONLINE',
          emotionScore: touchpoint.emotionScore,
          isMomentOfTruth: false,
          orderKey: touchpointKey,
        }),
      );
      for (const painPoint of touchpoint.painPoints) {
        painPoints.push({
          ...audit,
          id: painPoint.id,
          touchpointId: touchpoint.id,
          description: painPoint.description,
          severity: painPoint.severity,
          evidence: [],
        });
      }
    });
    for (const kpi of stage.kpis) {
      kpis.push({
        ...audit,
        id: kpi.id,
        stageId: stage.id,
        name: kpi.name,
        type: kpi.type,
        unit: null,
        direction: null,
        baseline: null,
        target: kpi.target,
        // `current` is the latest measurement.
        history: [{ value: kpi.current, measuredAt: now, source: null }],
      });
    }
  });
  return {
    header: seededHeader(now, {
      id: map.id,
      title: map.title,
      personaIds: map.personas.map((p) => p.id),
    }),
    stages,
    touchpoints,
    painPoints,
    kpis,
    improvements: [],
  };
}

/** Creates our table (infra/table.json) and writes the personas and maps into `workspaceId`. */
export async function seedOurs(options: {
  endpoint: string;
  tableName: string;
  workspaceId: string;
  personas: readonly BenchPersona[];
  maps: readonly BenchMap[];
}): Promise<void> {
  const connection = createDynamo({ tableName: options.tableName, endpoint: options.endpoint });
  try {
    await ensureTable(connection);
    const stores = createStores(forUnitOfWork(connection));
    const now = new Date().toISOString();
    for (const persona of options.personas) {
      const record = personaRecord.parse({
        revision: 1,
        createdAt: now,
        updatedAt: now,
        id: persona.id,
        name: persona.name,
        jobTitle: persona.jobTitle,
        goals: persona.goals,
      });
      expectWritten(await stores.personas.create(options.workspaceId, record), 'a persona');
    }
    for (const map of options.maps) {
      const outcome = await stores.maps.create(options.workspaceId, contentsOf(map, now), {
        actor: { kind: 'USER', id: 'bench' },
        history: {
          operation: 'createJourneyMap',
          entity: 'JourneyMap',
          entityId: map.id,
          summary: `Bench map ${map.shape.label}`,
        },
      });
      expectWritten(outcome, `the ${map.shape.label} map`);
    }
  } finally {
    connection.client.destroy();
  }
}
