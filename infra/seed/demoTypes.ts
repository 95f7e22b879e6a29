/**
 * The shape of the demo data. Each entity is the GraphQL create input of its
 * use case (so the seed feeds the domain exactly what a client would send),
 * with its fixed id made required and its parents' ids left to the seeder,
 * which knows them from the nesting.
 */
import type {
  CreateImprovementInput,
  AddKpiInput,
  AddPainPointInput,
  AddStageInput,
  AddTouchpointInput,
  CreateJourneyMapInput,
  CreatePersonaInput,
} from '../../resolvers/__generated__/resolverTypes';

/** A create input with a required fixed id and without the fields the seeder fills in. */
type Seeded<Input, FilledBySeeder extends keyof Input> = Omit<Input, FilledBySeeder | 'id'> & {
  id: string;
};

export type DemoPersona = Seeded<CreatePersonaInput, never>;

/** The map starts blank: its stages come from the data, with their own fixed ids. */
export type DemoMap = Seeded<CreateJourneyMapInput, 'template' | 'templateLanguage'>;

export type DemoPainPoint = Seeded<AddPainPointInput, 'mapId' | 'touchpointId'>;

/** Touchpoints are appended in the order of the data, so no position is given. */
export interface DemoTouchpoint extends Seeded<
  AddTouchpointInput,
  'mapId' | 'stageId' | 'position'
> {
  painPoints: DemoPainPoint[];
}

export interface DemoMeasurement {
  value: number;
  /** ISO-8601 instant; the history is ordered by it, whatever the order of the data. */
  measuredAt: string;
  source: string;
}

/** The first measurement goes in with `addKpi`, the others with `recordKpiMeasurement`. */
export interface DemoKpi extends Seeded<
  AddKpiInput,
  'mapId' | 'stageId' | 'current' | 'measuredAt' | 'source'
> {
  measurements: [DemoMeasurement, ...DemoMeasurement[]];
}

export interface DemoStage extends Seeded<AddStageInput, 'mapId' | 'position'> {
  touchpoints: DemoTouchpoint[];
  kpis: DemoKpi[];
}

/** An improvement of the demo map's backlog; its id is `<mapId>:<ulid>`. */
export type DemoImprovement = Seeded<CreateImprovementInput, 'mapId'>;

export interface DemoWorkspace {
  personas: DemoPersona[];
  map: DemoMap;
  /** In journey order. */
  stages: DemoStage[];
  /** Created after the stages, whose parts it links. */
  backlog: DemoImprovement[];
}
