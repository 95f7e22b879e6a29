import { documentIssues } from '../../../../domain/exchange/documentChecks';
import { journeyMapDocument } from '../../../../domain/exchange/exchangeFormat';
import { exportDocument } from '../../../../domain/exchange/exportDocument';
import { planImport } from '../../../../domain/exchange/planImport';
import { buildMapView } from '../../../../domain/maps/mapView';
import { comparable } from '../../../support/exchange';
import { make, testId } from '../../support/records';
import { NOW } from '../../support/table';

const STAGES = [testId(10), testId(11)];
const TOUCHPOINTS = [testId(20), testId(21), testId(22)];

const contents = make.contents({
  header: make.header({
    personaIds: [testId(900)],
    tags: ['B2B'],
    scope: {
      objective: 'Réduire le churn',
      perimeter: null,
      segment: 'PME',
      horizon: '2025',
      stakeholders: ['CX'],
    },
  }),
  stages: [
    make.stage({ id: STAGES[1]!, name: 'Achat', orderKey: 'b' }),
    make.stage({ id: STAGES[0]!, name: 'Découverte', orderKey: 'a' }),
  ],
  touchpoints: [
    make.touchpoint({ id: TOUCHPOINTS[0]!, stageId: STAGES[0]!, orderKey: 'b', emotionScore: -2 }),
    make.touchpoint({
      id: TOUCHPOINTS[1]!,
      stageId: STAGES[0]!,
      orderKey: 'a',
      channel: 'PHONE',
      mode: 'OFFLINE',
    }),
    make.touchpoint({ id: TOUCHPOINTS[2]!, stageId: STAGES[1]!, actions: ['Compare', 'Signe'] }),
  ],
  painPoints: [
    make.painPoint({ id: testId(31), touchpointId: TOUCHPOINTS[0]!, severity: 'HIGH' }),
    make.painPoint({ id: testId(30), touchpointId: TOUCHPOINTS[0]!, evidence: ['Ticket 42'] }),
  ],
  kpis: [
    make.kpi({
      id: testId(40),
      stageId: STAGES[1]!,
      history: [
        { value: 2, measuredAt: '2025-02-01T00:00:00.000Z', source: 'GA4', externalId: 'feb' },
        { value: 1, measuredAt: '2025-01-01T00:00:00.000Z', source: null },
      ],
    }),
  ],
  improvements: [
    make.improvement({
      id: `${testId(1)}:${testId(50)}`,
      impact: 2,
      effort: 4,
      stageId: STAGES[0]!,
    }),
    make.improvement({
      id: `${testId(1)}:${testId(51)}`,
      impact: 5,
      effort: 1,
      status: 'DONE',
      completedAt: '2025-03-01T00:00:00.000Z',
      touchpointIds: [TOUCHPOINTS[0]!, TOUCHPOINTS[2]!],
      painPointIds: [testId(30)],
      kpiId: testId(40),
    }),
  ],
});
const personas = [make.persona({ id: testId(900), goals: ['Gagner du temps'], age: 41 })];

const exportOf = (c: typeof contents, p = personas) =>
  JSON.parse(JSON.stringify(exportDocument(buildMapView(c), p, NOW))) as unknown;

function reimport(doc: unknown, keepIds: boolean, existing: string[] = []) {
  const parsed = journeyMapDocument.parse(doc);
  expect(documentIssues(parsed, keepIds)).toEqual([]);
  return planImport(parsed, {
    keepIds,
    now: new Date(NOW),
    existingPersonas: new Set(existing),
  });
}

describe('Exchange documents', () => {
  it('list parts in reading order, measurements oldest first, the backlog in backlog order', () => {
    const doc = exportOf(contents) as {
      map: {
        stages: {
          name: string;
          touchpoints: { id: string; painPoints: { id: string }[] }[];
          kpis: { history: { value: number }[] }[];
        }[];
        improvements: { id: string }[];
      };
    };
    expect(doc.map.stages.map((s) => s.name)).toEqual(['Découverte', 'Achat']);
    expect(doc.map.stages[0]!.touchpoints.map((t) => t.id)).toEqual([
      TOUCHPOINTS[1],
      TOUCHPOINTS[0],
    ]);
    expect(doc.map.stages[0]!.touchpoints[1]!.painPoints.map((p) => p.id)).toEqual([
      testId(30),
      testId(31),
    ]);
    expect(doc.map.stages[1]!.kpis[0]!.history.map((m) => m.value)).toEqual([1, 2]);
    expect(doc.map.improvements.map((i) => i.id)).toEqual([
      `${testId(1)}:${testId(51)}`,
      `${testId(1)}:${testId(50)}`,
    ]);
  });

  it('import again, with new ids and the links remapped, into the same map field by field', () => {
    const doc = exportOf(contents);
    const { contents: imported, newPersonas } = reimport(doc, false);
    expect(imported.header.id).not.toBe(contents.header.id);
    expect(newPersonas).toHaveLength(1);
    expect(newPersonas[0]?.id).not.toBe(testId(900));
    const again = exportOf(imported, newPersonas);
    expect(comparable(again)).toEqual(comparable(doc));
  });

  it('keep their ids when asked, and link a persona that exists instead of creating it', () => {
    const doc = exportOf(contents);
    const { contents: imported, newPersonas } = reimport(doc, true, [testId(900)]);
    expect(newPersonas).toEqual([]);
    expect(imported.header.personaIds).toEqual([testId(900)]);
    // Everything as it was, ids and timestamps included; only the map itself was just updated.
    const original = doc as { map: object };
    expect(exportOf(imported)).toEqual({ ...original, map: { ...original.map, updatedAt: NOW } });
  });

  it('report duplicate ids, dangling links and ids that cannot be kept, with their paths', () => {
    const doc = journeyMapDocument.parse({
      formatVersion: 1,
      map: {
        id: 'carte',
        title: 'Atelier',
        stages: [
          { id: 's1', name: 'Un', touchpoints: [{ id: 't1', name: 'A', channel: 'EMAIL' }] },
          { id: 's1', name: 'Deux' },
        ],
        improvements: [
          { id: 'i1', title: 'X', impact: 3, effort: 3, touchpointIds: ['t1', 't9'], kpiId: 'k1' },
        ],
      },
    });
    const at = (issues: { path: unknown[] }[]) => issues.map((i) => i.path.join('.'));
    expect(at(documentIssues(doc, false))).toEqual([
      'input.document.map.stages.1.id',
      'input.document.map.improvements.0.touchpointIds.1',
      'input.document.map.improvements.0.kpiId',
    ]);
    expect(at(documentIssues(doc, true))).toEqual(
      expect.arrayContaining([
        'input.document.map.id',
        'input.document.map.stages.0.id',
        'input.document.map.stages.0.touchpoints.0.id',
        'input.document.map.improvements.0.id',
      ]),
    );
  });

  it('give new ids in the document order, so that parts listed by id keep their order', () => {
    const { contents: imported } = reimport(exportOf(contents), false);
    const painPoints = imported.painPoints.map((p) => p.id);
    expect([...painPoints].sort()).toEqual(painPoints);
    expect(imported.painPoints.map((p) => p.severity)).toEqual(['MEDIUM', 'HIGH']);
  });
});
