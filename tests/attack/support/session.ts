/**
 * A scripted editing session and what its client may believe afterwards. The
 * session sends mutations (all with client-chosen ids), chosen by a seeded
 * generator among those its acknowledged state allows, and records each
 * answer: an acknowledged write must be there, exactly as sent; an
 * unacknowledged one may be there or not, but whole; nothing else may be.
 */
import { newId } from '../../../domain/shared/ids';
import type { Prng } from '../../unit/support/prng';
import type { Caller, GraphQLErrorJson, Json } from '../../support/testApi';

type Kind = 'persona' | 'map' | 'stage' | 'touchpoint' | 'painPoint' | 'kpi' | 'improvement';

interface Tracked {
  kind: Kind;
  id: string;
  mapId: string | null;
  /** `yes` once acknowledged; `maybe` when the create failed (it may have landed). */
  created: 'yes' | 'maybe';
  removed: 'no' | 'maybe' | 'yes';
  /** The values each checked field may hold: the last acknowledged one, and any sent since. */
  fields: Record<string, unknown[]>;
}

/** A write that leaves one record of its own: a measurement, a version. */
interface Appended {
  kind: 'measurement' | 'version';
  mapId: string;
  /** The KPI for a measurement. */
  ownerId: string;
  /** Unique: the measurement's source, the version's label. */
  tag: string;
  acknowledged: boolean;
}

export interface SessionFigures {
  mutations: number;
  acknowledged: number;
  failedRetryable: number;
  failedOtherwise: string[];
}

interface Step {
  name: string;
  input: Record<string, unknown>;
  /** Updates the model with the answer. */
  apply(ok: boolean): void;
}

const MUTATION = (name: string, type: string) =>
  `mutation($input: ${type}!) { ${name}(input: $input) { __typename } }`;

export class Session {
  readonly tracked = new Map<string, Tracked>();
  readonly appended: Appended[] = [];
  readonly figures: SessionFigures = {
    mutations: 0,
    acknowledged: 0,
    failedRetryable: 0,
    failedOtherwise: [],
  };
  private counter = 0;

  constructor(
    readonly caller: Caller,
    private readonly random: Prng,
  ) {}

  private usable(kind: Kind, mapId?: string): Tracked[] {
    return [...this.tracked.values()].filter(
      (t) =>
        t.kind === kind &&
        t.created === 'yes' &&
        t.removed === 'no' &&
        (mapId === undefined || t.mapId === mapId),
    );
  }

  private pick<T>(items: T[]): T | undefined {
    return items[this.random.int(items.length)];
  }

  private label(prefix: string) {
    this.counter += 1;
    return `${prefix} ${this.counter}`;
  }

  private create(kind: Kind, id: string, mapId: string | null, fields: Record<string, unknown>) {
    return (ok: boolean) => {
      this.tracked.set(id, {
        kind,
        id,
        mapId,
        created: ok ? 'yes' : 'maybe',
        removed: 'no',
        fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [v]])),
      });
    };
  }

  private update(id: string, fields: Record<string, unknown>) {
    return (ok: boolean) => {
      const tracked = this.tracked.get(id);
      if (!tracked) return;
      for (const [field, value] of Object.entries(fields)) {
        tracked.fields[field] = ok ? [value] : [...(tracked.fields[field] ?? []), value];
      }
    };
  }

  /** Whether a stage has nothing that could be in it (removing it cascades). */
  private isEmptyStage(stageId: string): boolean {
    return ![...this.tracked.values()].some(
      (t) =>
        t.removed !== 'yes' &&
        ((t.kind === 'touchpoint' && (t.fields.stageId ?? []).includes(stageId)) ||
          (t.kind === 'kpi' && (t.fields.stageId ?? []).includes(stageId))),
    );
  }

  private hasPainPoints(touchpointId: string): boolean {
    return [...this.tracked.values()].some(
      (t) =>
        t.kind === 'painPoint' &&
        t.removed !== 'yes' &&
        t.fields.touchpointId?.[0] === touchpointId,
    );
  }

  /** The next step the session's acknowledged state allows. */
  private next(): Step {
    const maps = this.usable('map');
    const map = this.pick(maps);
    const createMap = (): Step | null => {
      if (maps.length >= 2) return null;
      const id = newId();
      const title = this.label('Carte');
      // Sometimes linking a persona: the map's transaction then checks the persona's item.
      const persona = this.random.next() < 0.5 ? this.pick(this.usable('persona')) : undefined;
      return {
        name: 'createJourneyMap',
        input: { id, title, ...(persona ? { personaIds: [persona.id] } : {}) },
        apply: this.create('map', id, id, { title }),
      };
    };

    const options: (() => Step | null)[] = [
      () => {
        const id = newId();
        const name = this.label('Persona');
        return {
          name: 'createPersona',
          input: { id, name },
          apply: this.create('persona', id, null, { name }),
        };
      },
      () => {
        const persona = this.pick(this.usable('persona'));
        if (!persona) return null;
        const name = this.label('Persona renommée');
        return {
          name: 'updatePersona',
          input: { id: persona.id, name },
          apply: this.update(persona.id, { name }),
        };
      },
      createMap,
      () => {
        // Rarely: a deletion sweeps the whole partition in batches.
        if (maps.length < 2 || this.random.next() > 0.2) return null;
        const doomed = this.pick(maps);
        if (!doomed) return null;
        return {
          name: 'deleteJourneyMap',
          input: { id: doomed.id },
          apply: (ok) => {
            for (const t of this.tracked.values()) {
              if (t.mapId === doomed.id && t.removed !== 'yes') t.removed = ok ? 'yes' : 'maybe';
            }
          },
        };
      },
      () => {
        const persona = this.random.next() < 0.3 ? this.pick(this.usable('persona')) : undefined;
        if (!persona) return null;
        return {
          name: 'deletePersona',
          input: { id: persona.id },
          apply: (ok) => {
            persona.removed = ok ? 'yes' : 'maybe';
          },
        };
      },
      () => {
        if (!map) return null;
        const title = this.label('Carte renommée');
        return {
          name: 'updateJourneyMap',
          input: { id: map.id, title },
          apply: this.update(map.id, { title }),
        };
      },
      () => {
        if (!map) return null;
        const id = newId();
        const name = this.label('Étape');
        const position = this.random.next() < 0.3 ? this.random.int(4) : undefined;
        return {
          name: 'addStage',
          input: { mapId: map.id, id, name, ...(position === undefined ? {} : { position }) },
          apply: this.create('stage', id, map.id, { name }),
        };
      },
      () => {
        const stage = map && this.pick(this.usable('stage', map.id));
        if (!map || !stage) return null;
        const name = this.label('Étape renommée');
        return {
          name: 'updateStage',
          input: { mapId: map.id, stageId: stage.id, name },
          apply: this.update(stage.id, { name }),
        };
      },
      () => {
        const stage = map && this.pick(this.usable('stage', map.id));
        if (!map || !stage) return null;
        return {
          name: 'moveStage',
          input: { mapId: map.id, stageId: stage.id, position: this.random.int(5) },
          apply: () => undefined,
        };
      },
      () => {
        const stage =
          map && this.pick(this.usable('stage', map.id).filter((s) => this.isEmptyStage(s.id)));
        if (!map || !stage) return null;
        return {
          name: 'removeStage',
          input: { mapId: map.id, stageId: stage.id },
          apply: (ok) => {
            stage.removed = ok ? 'yes' : 'maybe';
          },
        };
      },
      () => {
        const stage = map && this.pick(this.usable('stage', map.id));
        if (!map || !stage) return null;
        const id = newId();
        const name = this.label('Point de contact');
        const position = this.random.next() < 0.3 ? this.random.int(4) : undefined;
        return {
          name: 'addTouchpoint',
          input: {
            mapId: map.id,
            stageId: stage.id,
            id,
            name,
            channel: 'EMAIL',
            ...(position === undefined ? {} : { position }),
          },
          apply: this.create('touchpoint', id, map.id, {
            name,
            stageId: stage.id,
            emotionScore: null,
          }),
        };
      },
      () => {
        const touchpoint = map && this.pick(this.usable('touchpoint', map.id));
        if (!map || !touchpoint) return null;
        const name = this.label('Point renommé');
        const emotionScore = this.random.int(5) - 2;
        return {
          name: 'updateTouchpoint',
          input: { mapId: map.id, touchpointId: touchpoint.id, name, emotionScore },
          apply: this.update(touchpoint.id, { name, emotionScore }),
        };
      },
      () => {
        const touchpoint = map && this.pick(this.usable('touchpoint', map.id));
        const stage = map && this.pick(this.usable('stage', map.id));
        if (!map || !touchpoint || !stage) return null;
        return {
          name: 'moveTouchpoint',
          input: {
            mapId: map.id,
            touchpointId: touchpoint.id,
            stageId: stage.id,
            position: this.random.int(4),
          },
          apply: this.update(touchpoint.id, { stageId: stage.id }),
        };
      },
      () => {
        const touchpoint =
          map &&
          this.pick(this.usable('touchpoint', map.id).filter((t) => !this.hasPainPoints(t.id)));
        if (!map || !touchpoint) return null;
        return {
          name: 'removeTouchpoint',
          input: { mapId: map.id, touchpointId: touchpoint.id },
          apply: (ok) => {
            touchpoint.removed = ok ? 'yes' : 'maybe';
          },
        };
      },
      () => {
        const touchpoint = map && this.pick(this.usable('touchpoint', map.id));
        if (!map || !touchpoint) return null;
        const id = newId();
        const description = this.label('Irritant');
        return {
          name: 'addPainPoint',
          input: { mapId: map.id, touchpointId: touchpoint.id, id, description },
          apply: this.create('painPoint', id, map.id, { description, touchpointId: touchpoint.id }),
        };
      },
      () => {
        const painPoint = map && this.pick(this.usable('painPoint', map.id));
        if (!map || !painPoint) return null;
        const description = this.label('Irritant reformulé');
        return {
          name: 'updatePainPoint',
          input: { mapId: map.id, painPointId: painPoint.id, description },
          apply: this.update(painPoint.id, { description }),
        };
      },
      () => {
        const stage = map && this.pick(this.usable('stage', map.id));
        if (!map || !stage) return null;
        const id = newId();
        const name = this.label('KPI');
        return {
          name: 'addKpi',
          input: { mapId: map.id, stageId: stage.id, id, name, type: 'NPS' },
          apply: this.create('kpi', id, map.id, { name, stageId: stage.id }),
        };
      },
      () => {
        const kpi = map && this.pick(this.usable('kpi', map.id));
        if (!map || !kpi) return null;
        const source = this.label('Mesure');
        return {
          name: 'recordKpiMeasurement',
          input: { mapId: map.id, kpiId: kpi.id, value: this.random.int(100), source },
          apply: (ok) => {
            this.appended.push({
              kind: 'measurement',
              mapId: map.id,
              ownerId: kpi.id,
              tag: source,
              acknowledged: ok,
            });
          },
        };
      },
      () => {
        if (!map) return null;
        const id = `${map.id}:${newId()}`;
        const title = this.label('Amélioration');
        return {
          name: 'createImprovement',
          input: {
            mapId: map.id,
            id,
            title,
            impact: 1 + this.random.int(5),
            effort: 1 + this.random.int(5),
          },
          apply: this.create('improvement', id, map.id, { title }),
        };
      },
      () => {
        const improvement = map && this.pick(this.usable('improvement', map.id));
        if (!map || !improvement) return null;
        const title = this.label('Amélioration revue');
        return {
          name: 'updateImprovement',
          input: { id: improvement.id, title },
          apply: this.update(improvement.id, { title }),
        };
      },
      () => {
        if (!map || this.random.next() > 0.3) return null;
        const label = this.label('Version');
        return {
          name: 'publishJourneyMapVersion',
          input: { mapId: map.id, label },
          apply: (ok) => {
            this.appended.push({
              kind: 'version',
              mapId: map.id,
              ownerId: map.id,
              tag: label,
              acknowledged: ok,
            });
          },
        };
      },
    ];
    // Start with a map, then anything the state allows.
    if (!maps.length) return createMap() ?? fail('no map step');
    for (;;) {
      const step = this.pick(options)?.();
      if (step) return step;
    }
  }

  /** Sends `count` mutations; failures must be retryable (SERVICE_UNAVAILABLE, retryable) or CONFLICT. */
  async run(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const step = this.next();
      const type = `${step.name.charAt(0).toUpperCase()}${step.name.slice(1)}Input`;
      const result = await this.caller.send(MUTATION(step.name, type), { input: step.input });
      const errors: GraphQLErrorJson[] = result.errors ?? [];
      this.figures.mutations += 1;
      if (!errors.length) {
        this.figures.acknowledged += 1;
        step.apply(true);
        continue;
      }
      step.apply(false);
      const retryable = errors.every(
        (e) =>
          (e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions.retryable === true) ||
          e.extensions?.code === 'CONFLICT',
      );
      if (retryable) this.figures.failedRetryable += 1;
      else this.figures.failedOtherwise.push(`${step.name}: ${JSON.stringify(errors)}`);
    }
  }

  /** The maps the session created (acknowledged or not). */
  mapIds(): string[] {
    return [...this.tracked.values()].filter((t) => t.kind === 'map').map((t) => t.id);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

export type { Tracked, Appended, Json };
