/**
 * The maps both sides are measured on, described once, independently of
 * either storage format: seedStock.ts and seedOurs.ts each write the same
 * maps (same ids, names, scores, pain points, KPIs, personas) in their own
 * format, so that the two handlers answer the same query with the same data.
 */
import { newId } from '../../domain/shared/ids';
import { sentenceMaker } from '../support/largeMap';

export interface MapShape {
  /** For the JSON figures: `5x4`, `10x20`. */
  key: string;
  /** For people: `5 × 4`. */
  label: string;
  stages: number;
  touchpointsPerStage: number;
  painPointsPerTouchpoint: number;
  kpisPerStage: number;
}

/** The two shapes of issue 12: a small map, and a large one with pain points and KPIs. */
export const SHAPES: readonly MapShape[] = [
  {
    key: '5x4',
    label: '5 × 4',
    stages: 5,
    touchpointsPerStage: 4,
    painPointsPerTouchpoint: 0,
    kpisPerStage: 0,
  },
  {
    key: '10x20',
    label: '10 × 20',
    stages: 10,
    touchpointsPerStage: 20,
    painPointsPerTouchpoint: 1,
    kpisPerStage: 2,
  },
];

/** The channels and severities both schemas know. */
const CHANNELS = ['WEBSITE', 'EMAIL', 'PHONE', 'STORE', 'MOBILE_APP'] as const;
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
const KPI_TYPES = ['CSAT', 'NPS'] as const;

export interface BenchPersona {
  id: string;
  name: string;
  jobTitle: string;
  goals: string[];
}

export interface BenchPainPoint {
  id: string;
  description: string;
  severity: (typeof SEVERITIES)[number];
}

export interface BenchTouchpoint {
  id: string;
  name: string;
  channel: (typeof CHANNELS)[number];
  emotionScore: number;
  painPoints: BenchPainPoint[];
}

export interface BenchKpi {
  id: string;
  name: string;
  type: (typeof KPI_TYPES)[number];
  current: number;
  target: number;
}

export interface BenchStage {
  id: string;
  name: string;
  touchpoints: BenchTouchpoint[];
  kpis: BenchKpi[];
}

export interface BenchMap {
  shape: MapShape;
  id: string;
  title: string;
  personas: BenchPersona[];
  stages: BenchStage[];
}

/** Part counts, to check that both handlers answered the whole map. */
export interface MapCounts {
  personas: number;
  stages: number;
  touchpoints: number;
  painPoints: number;
  kpis: number;
}

/** What counting needs of a map: a bench map, or a handler's answer (mapQuery.ts). */
export interface CountableMap {
  personas: readonly unknown[];
  stages: readonly {
    touchpoints: readonly { painPoints: readonly unknown[] }[];
    kpis: readonly unknown[];
  }[];
}

export function countsOf(map: CountableMap): MapCounts {
  const touchpoints = map.stages.flatMap((s) => s.touchpoints);
  return {
    personas: map.personas.length,
    stages: map.stages.length,
    touchpoints: touchpoints.length,
    painPoints: touchpoints.reduce((sum, t) => sum + t.painPoints.length, 0),
    kpis: map.stages.reduce((sum, s) => sum + s.kpis.length, 0),
  };
}

export function benchPersonas(): BenchPersona[] {
  return [
    {
      id: newId(),
      name: 'Marie, responsable marketing PME',
      jobTitle: 'Responsable marketing',
      goals: ['Générer plus de leads qualifiés', 'Automatiser les relances'],
    },
    {
      id: newId(),
      name: 'Youssef, gérant de TPE',
      jobTitle: 'Gérant',
      goals: ['Gagner du temps sur la facturation'],
    },
  ];
}

/** One map of `shape`, following `personas`; ids are fresh ULIDs, texts deterministic. */
export function benchMap(shape: MapShape, personas: readonly BenchPersona[]): BenchMap {
  const text = sentenceMaker(12);
  let painPoint = 0;
  const stages = Array.from({ length: shape.stages }, (_, s): BenchStage => ({
    id: newId(),
    name: `Étape ${s + 1}`,
    touchpoints: Array.from({ length: shape.touchpointsPerStage }, (_, t) => ({
      id: newId(),
      name: `Point de contact ${s + 1}.${t + 1}`,
      channel: CHANNELS[(s + t) % CHANNELS.length] ?? 'WEBSITE',
      emotionScore: ((s + t) % 5) - 2,
      painPoints: Array.from({ length: shape.painPointsPerTouchpoint }, () => ({
        id: newId(),
        description: text(120),
        severity: SEVERITIES[painPoint++ % SEVERITIES.length] ?? 'MEDIUM',
      })),
    })),
    kpis: Array.from({ length: shape.kpisPerStage }, (_, k) => ({
      id: newId(),
      name: `KPI ${s + 1}.${k + 1}`,
      type: KPI_TYPES[k % KPI_TYPES.length] ?? 'CSAT',
      current: 40 + ((s * 7 + k * 3) % 30),
      target: 75,
    })),
  }));
  return { shape, id: newId(), title: `Parcours ${shape.label}`, personas: [...personas], stages };
}
