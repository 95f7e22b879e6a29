/**
 * Large exchange documents made in memory, as a tool would write them: ids
 * are short names of the file (`s12`, `t12.3`), links point at them.
 */
import { CHANNELS } from '../../domain/shared/enums';
import { sentenceMaker } from './largeMap';
import type { Json } from './testApi';

export function largeDocument(options: {
  stages: number;
  touchpointsPerStage: number;
  improvements: number;
  id?: string;
  improvementId?: (i: number) => string;
  partId?: (name: string) => string;
}): Json {
  const text = sentenceMaker(7);
  const id = options.partId ?? ((name: string) => name);
  const stages = Array.from({ length: options.stages }, (_, s) => ({
    id: id(`s${s}`),
    name: `Étape ${s + 1}`,
    description: text(200),
    touchpoints: Array.from({ length: options.touchpointsPerStage }, (_, t) => ({
      id: id(`t${s}.${t}`),
      name: `Point de contact ${s + 1}.${t + 1}`,
      description: text(160),
      channel: CHANNELS[(s * 7 + t) % CHANNELS.length],
      actions: [text(60)],
      emotionScore: ((s + t) % 5) - 2,
      painPoints:
        t % 2 === 0 ? [{ id: id(`p${s}.${t}`), description: text(80), severity: 'HIGH' }] : [],
    })),
    kpis: [
      {
        id: id(`k${s}`),
        name: `NPS étape ${s + 1}`,
        type: 'NPS',
        history: [
          {
            value: 30 + s,
            measuredAt: '2025-03-31T00:00:00.000Z',
            source: 'Enquête',
            externalId: `q1-${s}`,
          },
        ],
      },
    ],
  }));
  const touchpoints = stages.flatMap((s) => s.touchpoints.map((t) => t.id));
  const improvements = Array.from({ length: options.improvements }, (_, i) => ({
    ...(options.improvementId ? { id: options.improvementId(i) } : {}),
    title: `Amélioration ${i + 1}`,
    description: text(120),
    impact: (i % 5) + 1,
    effort: ((i * 3) % 5) + 1,
    status: i % 7 === 0 ? 'DONE' : 'IDEA',
    stageId: stages[i % stages.length]!.id,
    touchpointIds: [
      touchpoints[i % touchpoints.length],
      touchpoints[(i * 13 + 1) % touchpoints.length],
    ].filter((v, k, all) => all.indexOf(v) === k),
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(),
  }));
  return {
    formatVersion: 1,
    map: {
      ...(options.id ? { id: options.id } : {}),
      title: 'Carte importée',
      state: 'FUTURE',
      personas: [{ id: id('marie'), name: 'Marie', goals: ['Gagner du temps'] }],
      stages,
      improvements,
    },
  };
}
