/**
 * Writes the demo workspace (demoWorkspace.ts) through the domain use cases,
 * as an OWNER of the workspace would through the API, so the demo obeys
 * every rule a client's data does. Idempotent: the demo map is the marker of
 * a seeded workspace, and when it exists nothing is written.
 */
import type { UseCaseContext } from '../../domain/context/useCaseContext';
import { DomainError } from '../../domain/shared/errors';
import { createImprovement } from '../../domain/backlog/createImprovement';
import { createJourneyMap } from '../../domain/maps/createJourneyMap';

import { createPersona } from '../../domain/personas/createPersona';
import type { Clock } from '../../domain/context/clock';
import type { Stores } from '../../domain/ports/stores';
import { RetryBudget } from '../../domain/shared/retryBudget';
import { WORKSPACE_ID_PATTERN } from '../../domain/context/viewer';
import { DEMO_WORKSPACE } from './demoWorkspace';
import { seedStage } from './seedStage';

/** The workspace `npm start` seeds and the local Sandbox token points at. */
export const DEMO_WORKSPACE_ID = 'demo';
export const DEMO_MAP_ID: string = DEMO_WORKSPACE.map.id;

export interface SeedResult {
  /** False when the demo map was already there (nothing was written). */
  created: boolean;
  workspaceId: string;
  mapId: string;
}

/**
 * A clock that moves on by one millisecond at every reading. Note: appends
 * take their order key from the clock, so a fixed `now` would give every
 * stage and touchpoint the same time prefix and a random order; a clock that
 * always moves forward keeps the order of the data.
 */
function steppingClock(start: Date): Clock {
  let next = start.getTime();
  return { now: () => new Date(next++) };
}

const isConflict = (error: unknown): boolean =>
  error instanceof DomainError && error.code === 'CONFLICT';

/**
 * Seeds the demo into `workspaceId` unless its map is already there.
 * `now` (default: the current time) is when the first entity is created;
 * each later write reads the clock one millisecond further on.
 */
export async function seedDemoWorkspace(
  /** The stores, for one unit of work with the given retry budget (each step gets its own). */
  storesFor: (retry: RetryBudget) => Stores,
  options: { workspaceId: string; now?: Date },
): Promise<SeedResult> {
  const { workspaceId } = options;
  if (!WORKSPACE_ID_PATTERN.test(workspaceId)) {
    throw new Error(`Cannot seed workspace "${workspaceId}": not a valid workspace id.`);
  }
  const done = (created: boolean): SeedResult => ({ created, workspaceId, mapId: DEMO_MAP_ID });
  if (await storesFor(new RetryBudget()).maps.readHeader(workspaceId, DEMO_MAP_ID)) {
    return done(false);
  }
  const clock = steppingClock(options.now ?? new Date());
  const viewer = { userId: 'seed', workspaceId, role: 'OWNER', kind: 'USER' } as const;
  // Note: each write is a unit of work of its own, as each would be one request through the API.
  const step = (): UseCaseContext => {
    const retry = new RetryBudget();
    return { viewer, stores: storesFor(retry), clock, retry };
  };
  for (const persona of DEMO_WORKSPACE.personas) {
    try {
      await createPersona(step(), persona);
    } catch (error) {
      // Note: a concurrent seed, or one interrupted before its map, created it: use it as is.
      if (!isConflict(error)) throw error;
    }
  }
  try {
    await createJourneyMap(step(), DEMO_WORKSPACE.map);
  } catch (error) {
    // Another seed created the map between our check and this write: it fills the map in.
    if (isConflict(error)) return done(false);
    throw error;
  }
  for (const stage of DEMO_WORKSPACE.stages) await seedStage(step, DEMO_MAP_ID, stage);
  for (const improvement of DEMO_WORKSPACE.backlog) {
    await createImprovement(step(), { ...improvement, mapId: DEMO_MAP_ID });
  }
  return done(true);
}
