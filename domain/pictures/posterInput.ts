/**
 * What the pictures draw: one map (or one published version of it) as plain
 * data, decoupled from the store's records so that the drawing code can be
 * fed by a handler, a test or a script alike. Derived values (colours,
 * quadrants, priority scores, KPI status) are computed by the caller with the
 * domain's own rules, as the API reports them; the drawing never recomputes
 * them, so a picture always agrees with the API.
 */
import type {
  Channel,
  ChannelMode,
  EmotionColor,
  ImprovementStatus,
  KpiType,
  MapState,
  Quadrant,
  Severity,
} from '../shared/enums';

/** A whole map ready to draw: header, stages in journey order and the backlog. */
export interface PosterInput {
  title: string;
  description: string | null;
  state: MapState;
  scope: PosterScope;
  /** The published version drawn, or null for the draft (the live map). */
  version: PosterVersion | null;
  revision: number;
  personas: PosterPersona[];
  /** In journey order. */
  stages: PosterStage[];
  improvements: PosterImprovement[];
}

/** Seed 004's one-page "livrable de cadrage". */
export interface PosterScope {
  objective: string | null;
  perimeter: string | null;
  segment: string | null;
  horizon: string | null;
  stakeholders: string[];
}

/** A published version: its number and its label ("v2 2025"). */
export interface PosterVersion {
  number: number;
  label: string;
}

/** The persona a map follows, as the header introduces it. */
export interface PosterPersona {
  name: string;
  jobTitle: string | null;
  quote: string | null;
}

/** One column of the poster. */
export interface PosterStage {
  id: string;
  name: string;
  customerGoal: string | null;
  /** Average of the scored touchpoints, null when none is scored. */
  averageEmotion: number | null;
  /** The colour of the average rounded half away from zero. */
  emotionColor: EmotionColor | null;
  /** In journey order. */
  touchpoints: PosterTouchpoint[];
  kpis: PosterKpi[];
}

/** One point of contact, with the lanes it fills. */
export interface PosterTouchpoint {
  id: string;
  name: string;
  channel: Channel;
  mode: ChannelMode;
  actions: string[];
  thoughts: string[];
  /** −2…+2, or null when not scored yet. */
  emotionScore: number | null;
  emotionColor: EmotionColor | null;
  isMomentOfTruth: boolean;
  painPoints: PosterPainPoint[];
}

/** A friction met at a touchpoint. */
export interface PosterPainPoint {
  description: string;
  severity: Severity;
}

/** A stage KPI with its latest value against its target. */
export interface PosterKpi {
  name: string;
  type: KpiType;
  unit: string | null;
  current: number | null;
  target: number | null;
  /** Null when the current value or the target is missing. */
  targetReached: boolean | null;
}

/** One item of the improvement backlog. */
export interface PosterImprovement {
  id: string;
  title: string;
  /** 1…5 */
  impact: number;
  /** 1…5 */
  effort: number;
  /** As the domain derives it from impact and effort (impact ≥ 3 high, effort ≥ 3 high). */
  quadrant: Quadrant;
  status: ImprovementStatus;
  priorityScore: number;
}
