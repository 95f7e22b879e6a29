/** A workspace with one of everything, for attacks to aim at. */
import type { Caller } from '../../support/testApi';
import type { IdBook } from './schemaWalk';

export interface Workspace extends IdBook {
  workspaceId: string;
  /** Text put in every entity's name: it must never appear in another workspace's answers. */
  marker: string;
  /** The first page's end cursor of each list, to replay from another workspace. */
  cursors: { personas: string; journeyMaps: string; improvements: string; apiKeys: string };
}

/**
 * Creates, as `owner`, a persona, a map linking it, a stage, a touchpoint, a
 * pain point, a KPI with a measurement, an improvement linked to all of them,
 * a published version 1 and a share link to it, and an API key.
 */
export async function populateWorkspace(owner: Caller, marker: string): Promise<Workspace> {
  const personaId = (
    await owner.ok(
      `mutation($i: CreatePersonaInput!) { createPersona(input: $i) { persona { id } } }`,
      { i: { name: `Persona ${marker}`, goals: [marker] } },
    )
  ).createPersona.persona.id;
  const mapId = (
    await owner.ok(
      `mutation($i: CreateJourneyMapInput!) { createJourneyMap(input: $i) { journeyMap { id } } }`,
      { i: { title: `Carte ${marker}`, personaIds: [personaId], tags: [marker] } },
    )
  ).createJourneyMap.journeyMap.id;
  const stageId = (
    await owner.ok(`mutation($i: AddStageInput!) { addStage(input: $i) { stage { id } } }`, {
      i: { mapId, name: `Étape ${marker}` },
    })
  ).addStage.stage.id;
  const touchpointId = (
    await owner.ok(
      `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id } } }`,
      { i: { mapId, stageId, name: `Point ${marker}`, channel: 'EMAIL', emotionScore: -1 } },
    )
  ).addTouchpoint.touchpoint.id;
  const painPointId = (
    await owner.ok(
      `mutation($i: AddPainPointInput!) { addPainPoint(input: $i) { painPoint { id } } }`,
      { i: { mapId, touchpointId, description: `Irritant ${marker}` } },
    )
  ).addPainPoint.painPoint.id;
  const kpiId = (
    await owner.ok(`mutation($i: AddKpiInput!) { addKpi(input: $i) { kpi { id } } }`, {
      i: { mapId, stageId, name: `KPI ${marker}`, type: 'NPS', baseline: 10, current: 12 },
    })
  ).addKpi.kpi.id;
  const improvementId = (
    await owner.ok(
      `mutation($i: CreateImprovementInput!) { createImprovement(input: $i) { improvement { id } } }`,
      {
        i: {
          mapId,
          title: `Amélioration ${marker}`,
          impact: 4,
          effort: 2,
          stageId,
          touchpointIds: [touchpointId],
          painPointIds: [painPointId],
          kpiId,
        },
      },
    )
  ).createImprovement.improvement.id;
  await owner.ok(
    `mutation($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }`,
    { i: { mapId, label: `v1 ${marker}` } },
  );
  const apiKeyId = (
    await owner.ok(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } } }`,
      { i: { name: `Clé ${marker}`, role: 'VIEWER' } },
    )
  ).createApiKey.apiKey.id;
  const shareLinkId = (
    await owner.ok(
      `mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { shareLink { id } } }`,
      { i: { mapId, version: 1 } },
    )
  ).createShareLink.shareLink.id;
  const pages = await owner.ok(`{
    personas(first: 1) { pageInfo { endCursor } }
    journeyMaps(first: 1) { pageInfo { endCursor } }
    improvements(first: 1) { pageInfo { endCursor } }
    apiKeys(first: 1) { pageInfo { endCursor } }
  }`);
  return {
    workspaceId: owner.workspaceId,
    marker,
    personaId,
    mapId,
    stageId,
    touchpointId,
    painPointId,
    kpiId,
    improvementId,
    apiKeyId,
    shareLinkId,
    cursors: {
      personas: pages.personas.pageInfo.endCursor,
      journeyMaps: pages.journeyMaps.pageInfo.endCursor,
      improvements: pages.improvements.pageInfo.endCursor,
      apiKeys: pages.apiKeys.pageInfo.endCursor,
    },
  };
}
