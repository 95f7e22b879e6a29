/**
 * The demo workspace a new user sees first: seed 004's SaaS subscription
 * journey of "Marie, responsable marketing dans une PME", in French, as
 * typed data. One file per stage under `demo/stages/` keeps each one short.
 *
 * Every entity has a fixed ULID, so the seed is recognisable (ids end in
 * `DEM0` + a kind code + a number: PE persona, MP map, ST stage, TP
 * touchpoint, PP pain point, KP KPI, AM improvement) and a retried create is a CONFLICT rather

 * than a duplicate. Their time parts are September 2024, the month of the
 * mapping workshops, and grow in the order of the data: pain points and KPIs
 * are listed oldest first, i.e. by id, so this is also their display order.
 */
import type { DemoWorkspace } from './demoTypes';
import { DEMO_BACKLOG } from './demo/backlog';
import { DEMO_MAP } from './demo/journeyMap';
import { DEMO_PERSONAS } from './demo/personas';
import { ADVOCACY } from './demo/stages/advocacy';
import { DISCOVERY } from './demo/stages/discovery';
import { EVALUATION } from './demo/stages/evaluation';
import { PURCHASE } from './demo/stages/purchase';
import { USAGE } from './demo/stages/usage';

export const DEMO_WORKSPACE: DemoWorkspace = {
  personas: DEMO_PERSONAS,
  map: DEMO_MAP,
  stages: [DISCOVERY, EVALUATION, PURCHASE, USAGE, ADVOCACY],
  backlog: DEMO_BACKLOG,
};
