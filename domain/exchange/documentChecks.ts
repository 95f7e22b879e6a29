/**
 * What a valid exchange document must also satisfy beyond its shape
 * (exchangeFormat.ts): ids unique per kind, improvement links that point at
 * parts of the document, at most 3,000 parts, and — when the import keeps the
 * document's ids — ids that are ULIDs, improvements' ids of the form
 * `<mapId>:<ulid>`. Every issue has its path in the input.
 */
import { IMPROVEMENT_ID_PATTERN } from '../backlog/improvementIds';
import type { InputIssue, InputPath } from '../shared/errors';
import { ULID_PATTERN } from '../shared/ids';
import { LIMITS } from '../validation/limits';
import type { JourneyMapDocument } from './exchangeFormat';

type Kind = 'persona' | 'stage' | 'touchpoint' | 'painPoint' | 'kpi' | 'improvement';

interface Located {
  id: string | undefined;
  path: InputPath;
}

/** Every entity of the document with its path, by kind. */
function entities(doc: JourneyMapDocument, at: InputPath): Record<Kind, Located[]> {
  const map = [...at, 'map'];
  const found: Record<Kind, Located[]> = {
    persona: [],
    stage: [],
    touchpoint: [],
    painPoint: [],
    kpi: [],
    improvement: [],
  };
  doc.map.personas.forEach((p, i) =>
    found.persona.push({ id: p.id, path: [...map, 'personas', i] }),
  );
  doc.map.stages.forEach((s, i) => {
    const stage = [...map, 'stages', i];
    found.stage.push({ id: s.id, path: stage });
    s.touchpoints.forEach((t, j) => {
      const touchpoint = [...stage, 'touchpoints', j];
      found.touchpoint.push({ id: t.id, path: touchpoint });
      t.painPoints.forEach((p, k) =>
        found.painPoint.push({ id: p.id, path: [...touchpoint, 'painPoints', k] }),
      );
    });
    s.kpis.forEach((k, j) => found.kpi.push({ id: k.id, path: [...stage, 'kpis', j] }));
  });
  doc.map.improvements.forEach((m, i) =>
    found.improvement.push({ id: m.id, path: [...map, 'improvements', i] }),
  );
  return found;
}

const NAMES: Record<Kind, string> = {
  persona: 'persona',
  stage: 'stage',
  touchpoint: 'touchpoint',
  painPoint: 'pain point',
  kpi: 'KPI',
  improvement: 'improvement',
};

export function documentIssues(
  doc: JourneyMapDocument,
  keepIds: boolean,
  at: InputPath = ['input', 'document'],
): InputIssue[] {
  const issues: InputIssue[] = [];
  const all = entities(doc, at);
  const ids = {} as Record<Kind, Set<string>>;
  for (const kind of Object.keys(all) as Kind[]) {
    const seen = new Map<string, InputPath>();
    for (const { id, path } of all[kind]) {
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) {
        issues.push({ path: [...path, 'id'], message: `duplicates the id of ${first.join('.')}` });
      } else seen.set(id, path);
    }
    ids[kind] = new Set(seen.keys());
  }

  doc.map.improvements.forEach((m, i) => {
    const path = [...at, 'map', 'improvements', i];
    const missing = (kind: Kind, id: string, where: InputPath) => {
      if (!ids[kind].has(id)) {
        issues.push({ path: where, message: `no ${NAMES[kind]} with id ${id} in the document` });
      }
    };
    if (m.stageId !== null) missing('stage', m.stageId, [...path, 'stageId']);
    m.touchpointIds.forEach((id, j) => missing('touchpoint', id, [...path, 'touchpointIds', j]));
    m.painPointIds.forEach((id, j) => missing('painPoint', id, [...path, 'painPointIds', j]));
    if (m.kpiId !== null) missing('kpi', m.kpiId, [...path, 'kpiId']);
  });

  const parts = (['stage', 'touchpoint', 'painPoint', 'kpi', 'improvement'] as const).reduce(
    (sum, kind) => sum + all[kind].length,
    0,
  );
  if (parts > LIMITS.partsPerMap) {
    issues.push({
      path: [...at, 'map'],
      message: `holds ${parts} stages, touchpoints, pain points, KPIs and improvements; a map holds at most ${LIMITS.partsPerMap}`,
    });
  }

  if (keepIds) {
    const mapId = doc.map.id;
    if (mapId === undefined || !ULID_PATTERN.test(mapId)) {
      issues.push({ path: [...at, 'map', 'id'], message: 'must be a ULID to keep the ids' });
    }
    for (const kind of Object.keys(all) as Kind[]) {
      for (const { id, path } of all[kind]) {
        const valid =
          kind === 'improvement'
            ? id !== undefined &&
              IMPROVEMENT_ID_PATTERN.test(id) &&
              id.startsWith(`${mapId ?? ''}:`)
            : id !== undefined && ULID_PATTERN.test(id);
        if (!valid) {
          issues.push({
            path: [...path, 'id'],
            message:
              kind === 'improvement'
                ? 'must be <map id>:<ULID> to keep the ids'
                : 'must be a ULID to keep the ids',
          });
        }
      }
    }
  }
  return issues;
}
