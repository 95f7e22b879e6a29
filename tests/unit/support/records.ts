/**
 * Factories of domain records with plausible defaults, overridable field by
 * field: `make.stage({ id: STAGE, name: 'Découverte' })`.
 */
import {
  improvementRecord as improvementDeclaration,
  type ImprovementRecord,
} from '../../../domain/backlog/improvement';
import { kpiRecord as kpiDeclaration, type KpiRecord } from '../../../domain/kpis/kpi';
import {
  mapHeaderRecord as headerDeclaration,
  type MapHeaderRecord,
} from '../../../domain/maps/journeyMap';
import type { MapContents } from '../../../domain/maps/mapContents';
import {
  painPointRecord as painPointDeclaration,
  type PainPointRecord,
} from '../../../domain/painPoints/painPoint';
import {
  personaRecord as personaDeclaration,
  type PersonaRecord,
} from '../../../domain/personas/persona';
import { stageRecord as stageDeclaration, type StageRecord } from '../../../domain/stages/stage';
import {
  touchpointRecord as touchpointDeclaration,
  type TouchpointRecord,
} from '../../../domain/touchpoints/touchpoint';

const CREATED = '2025-01-15T09:00:00.000Z';

/**
 * A valid ULID whose order follows `n` (`testId(2) < testId(10)`), so that
 * tests can say which id is "older" without randomness.
 */
export const testId = (n: number): string => `01JAAAAAAA${String(n).padStart(16, '0')}`;

const audited = { revision: 1, createdAt: CREATED, updatedAt: CREATED };

/*
 * Every factory goes through the entity's declaration, so that the fields it
 * leaves out take their declared value (null, or an empty list), also the
 * optional fields added later.
 */

const persona = (fields: Partial<PersonaRecord> = {}): PersonaRecord =>
  personaDeclaration.parse({ id: testId(900), name: 'Marie', ...audited, ...fields });

const header = (fields: Partial<MapHeaderRecord> = {}): MapHeaderRecord =>
  headerDeclaration.parse({
    id: testId(1),
    title: 'Souscription SaaS',
    state: 'CURRENT',
    status: 'DRAFT',
    scope: {},
    reviewCadenceDays: 90,
    nextReviewAt: '2025-04-15T09:00:00.000Z',
    changeSeq: 1,
    latestVersion: 0,
    ...audited,
    ...fields,
  });

const stage = (fields: Partial<StageRecord> & { id: string }): StageRecord =>
  stageDeclaration.parse({ name: `Stage ${fields.id}`, orderKey: 'V', ...audited, ...fields });

const touchpoint = (
  fields: Partial<TouchpointRecord> & { id: string; stageId: string },
): TouchpointRecord =>
  touchpointDeclaration.parse({
    name: `Touchpoint ${fields.id}`,
    channel: 'WEBSITE',
    mode: 'ONLINE',
    isMomentOfTruth: false,
    orderKey: 'V',
    ...audited,
    ...fields,
  });

const painPoint = (
  fields: Partial<PainPointRecord> & { id: string; touchpointId: string },
): PainPointRecord =>
  painPointDeclaration.parse({
    description: 'The form asks for the same data twice',
    severity: 'MEDIUM',
    ...audited,
    ...fields,
  });

const kpi = (fields: Partial<KpiRecord> & { id: string; stageId: string }): KpiRecord =>
  kpiDeclaration.parse({ name: `KPI ${fields.id}`, type: 'NPS', ...audited, ...fields });

const improvement = (fields: Partial<ImprovementRecord> & { id: string }): ImprovementRecord =>
  improvementDeclaration.parse({
    mapId: testId(1),
    title: `Improvement ${fields.id}`,
    impact: 3,
    effort: 3,
    status: 'IDEA',
    ...audited,
    ...fields,
  });

const contents = (fields: Partial<MapContents> = {}): MapContents => ({
  header: header(),
  stages: [],
  touchpoints: [],
  painPoints: [],
  kpis: [],
  improvements: [],
  ...fields,
});

export const make = { persona, header, stage, touchpoint, painPoint, kpi, improvement, contents };

/** The record with `id` in `list`; fails the test when it is absent. */
export function byId<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((record) => record.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}
