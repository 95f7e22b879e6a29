import { IMPROVEMENT_ID_PATTERN } from '../../../../domain/backlog/improvementIds';
import type { MapContents } from '../../../../domain/maps/mapContents';
import type { MapStore } from '../../../../domain/ports/mapStore';
import { rejected, written, type WriteOutcome } from '../../../../domain/ports/writeOutcome';
import { ULID_PATTERN } from '../../../../domain/shared/ids';
import { duplicateMap } from '../../../../domain/versions/duplicateMap';
import type { PublishedVersion } from '../../../../domain/versions/versionRecords';
import { byId, make, testId } from '../../support/records';
import * as journey from './journey';
import { NOW, WORKSPACE, personasFound, useCaseContext } from './useCase';

const COPY = testId(77);
const INPUT = { mapId: journey.MAP, title: 'Souscription SaaS — cible 2026', state: 'FUTURE' };

const version3 = (contents: MapContents): PublishedVersion => ({
  meta: {
    mapId: journey.MAP,
    number: 3,
    label: 'v3 2025',
    notes: null,
    publishedAt: '2025-04-01T00:00:00.000Z',
    publishedBy: { kind: 'USER', id: 'user-7' },
  },
  snapshot: { contents, personas: [] },
});

function duplicating(
  options: {
    source?: MapContents | null;
    version?: PublishedVersion | null;
    outcome?: WriteOutcome;
    personas?: string[];
  } = {},
) {
  const read = jest.fn(async () =>
    options.source === undefined ? journey.contents() : options.source,
  );
  const readVersion = jest.fn(async () => options.version ?? null);
  const getMany = jest.fn(
    personasFound(
      ...(options.personas ?? [journey.MARIE, journey.YOUSSEF]).map((id) => make.persona({ id })),
    ),
  );
  const create = jest.fn(async (..._args: Parameters<MapStore['create']>) => {
    return options.outcome ?? written();
  });
  const ctx = useCaseContext({
    maps: { read, create },
    versions: { read: readVersion },
    personas: { getMany },
  });
  return { ctx, read, readVersion, create };
}

/** Every id of a map's contents: the map's and its parts'. */
const allIds = (c: MapContents): string[] => [
  c.header.id,
  ...[c.stages, c.touchpoints, c.painPoints, c.kpis, c.improvements].flatMap((list) =>
    list.map((r) => r.id),
  ),
];

/** Old id → new id, pairing the source's parts with the copy's (a copy keeps their order). */
function renaming(source: MapContents, copy: MapContents): Map<string, string> {
  const pairs = (a: { id: string }[], b: { id: string }[]) =>
    a.map((record, i): [string, string] => [record.id, b[i]!.id]);
  return new Map([
    ...pairs(source.stages, copy.stages),
    ...pairs(source.touchpoints, copy.touchpoints),
    ...pairs(source.painPoints, copy.painPoints),
    ...pairs(source.kpis, copy.kpis),
  ]);
}

describe('duplicateMap', () => {
  it('creates the copy it answers, in the caller’s workspace', async () => {
    const { ctx, create } = duplicating();
    const copy = await duplicateMap(ctx, INPUT);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toBe(WORKSPACE);
    expect(create.mock.calls[0]?.[1]).toBe(copy);
  });

  it('gives the map and every part in it a new id', async () => {
    const { ctx } = duplicating();
    const copy = await duplicateMap(ctx, INPUT);
    const source = new Set(allIds(journey.contents()));
    const ids = allIds(copy);
    expect(ids.filter((id) => source.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(source.size);
    for (const id of [copy.header.id, ...copy.stages.map((s) => s.id)]) {
      expect(id).toMatch(ULID_PATTERN);
    }
  });

  it('uses the id the caller chose for the copy', async () => {
    const { ctx } = duplicating();
    expect((await duplicateMap(ctx, { ...INPUT, id: COPY })).header.id).toBe(COPY);
  });

  it('makes the references between parts follow the new ids', async () => {
    const source = journey.contents();
    const { ctx } = duplicating({ source });
    const copy = await duplicateMap(ctx, INPUT);
    const renamed = renaming(source, copy);
    const follows = (old: string | null) => (old === null ? null : renamed.get(old));
    source.touchpoints.forEach((t, i) =>
      expect(copy.touchpoints[i]?.stageId).toBe(follows(t.stageId)),
    );
    source.painPoints.forEach((p, i) =>
      expect(copy.painPoints[i]?.touchpointId).toBe(follows(p.touchpointId)),
    );
    source.kpis.forEach((k, i) => expect(copy.kpis[i]?.stageId).toBe(follows(k.stageId)));
    source.improvements.forEach((imp, i) =>
      expect(copy.improvements[i]).toMatchObject({
        stageId: follows(imp.stageId),
        touchpointIds: imp.touchpointIds.map(follows),
        painPointIds: imp.painPointIds.map(follows),
        kpiId: follows(imp.kpiId),
      }),
    );
  });

  it('gives improvements ids `<newMapId>:<ulid>` and the new map id', async () => {
    const { ctx } = duplicating();
    const copy = await duplicateMap(ctx, { ...INPUT, id: COPY });
    expect(copy.improvements).toHaveLength(2);
    for (const improvement of copy.improvements) {
      expect(improvement.id).toMatch(IMPROVEMENT_ID_PATTERN);
      expect(improvement.id.startsWith(`${COPY}:`)).toBe(true);
      expect(improvement.mapId).toBe(COPY);
    }
  });

  it('keeps the content of every part', async () => {
    const source = journey.contents();
    const { ctx } = duplicating({ source });
    const copy = await duplicateMap(ctx, INPUT);
    expect(copy.touchpoints.map((t) => [t.name, t.channel, t.emotionScore, t.orderKey])).toEqual(
      source.touchpoints.map((t) => [t.name, t.channel, t.emotionScore, t.orderKey]),
    );
    expect(copy.kpis.map((k) => k.history)).toEqual(source.kpis.map((k) => k.history));
    expect(copy.improvements.map((i) => [i.title, i.impact, i.effort, i.status])).toEqual(
      source.improvements.map((i) => [i.title, i.impact, i.effort, i.status]),
    );
  });

  it('starts the copy as a new draft: revision 1, stamped now, never reviewed, no version', async () => {
    const { ctx } = duplicating({
      source: journey.edited((c) => {
        c.header.status = 'ACTIVE';
        c.header.lastReviewedAt = '2025-03-01T00:00:00.000Z';
        c.header.reviewCadenceDays = 30;
      }),
    });
    const copy = await duplicateMap(ctx, INPUT);
    expect(copy.header).toMatchObject({
      title: 'Souscription SaaS — cible 2026',
      state: 'FUTURE',
      status: 'DRAFT',
      revision: 1,
      createdAt: NOW,
      updatedAt: NOW,
      changeSeq: 1,
      latestVersion: 0,
      lastReviewedAt: null,
      nextReviewAt: '2025-07-01T12:00:00.000Z',
      reviewCadenceDays: 30,
      tags: ['saas'],
    });
    for (const part of [
      copy.stages,
      copy.touchpoints,
      copy.painPoints,
      copy.kpis,
      copy.improvements,
    ]) {
      for (const record of part) {
        expect(record).toMatchObject({ revision: 1, createdAt: NOW, updatedAt: NOW });
      }
    }
  });

  it('links only the personas that still exist', async () => {
    const { ctx } = duplicating({ personas: [journey.YOUSSEF] });
    expect((await duplicateMap(ctx, INPUT)).header.personaIds).toEqual([journey.YOUSSEF]);
  });

  it('leaves out parts whose parent is gone, and the links to them', async () => {
    const [GONE_STAGE, ORPHAN] = [testId(19), testId(29)];
    const source = journey.edited((c) => {
      c.touchpoints.push(make.touchpoint({ id: ORPHAN, stageId: GONE_STAGE }));
      c.improvements.push(
        make.improvement({
          id: journey.improvementId(58),
          mapId: journey.MAP,
          stageId: GONE_STAGE,
          touchpointIds: [ORPHAN, journey.DEMO],
        }),
      );
    });
    const { ctx } = duplicating({ source });
    const copy = await duplicateMap(ctx, INPUT);
    expect(copy.touchpoints).toHaveLength(journey.contents().touchpoints.length);
    const linked = copy.improvements.at(-1)!;
    expect(linked.stageId).toBeNull();
    expect(linked.touchpointIds).toEqual([renaming(journey.contents(), copy).get(journey.DEMO)]);
  });

  it('records in its history which map it was copied from', async () => {
    const { ctx, create } = duplicating();
    await duplicateMap(ctx, { ...INPUT, id: COPY });
    expect(create.mock.calls[0]?.[2]).toEqual({
      actor: { kind: 'USER', id: 'user-42' },
      history: {
        operation: 'duplicateJourneyMap',
        entity: 'JourneyMap',
        entityId: COPY,
        summary: `Map "Souscription SaaS — cible 2026" (FUTURE) created from map ${journey.MAP}, draft`,
      },
    });
  });

  describe('from a published version', () => {
    it('copies the version, not the draft', async () => {
      const published = journey.edited(
        (c) => (byId(c.touchpoints, journey.WEBSITE).name = 'Ancien site web'),
      );
      const { ctx, readVersion, read, create } = duplicating({ version: version3(published) });
      const copy = await duplicateMap(ctx, { ...INPUT, version: 3 });
      expect(readVersion).toHaveBeenCalledWith(WORKSPACE, journey.MAP, 3);
      expect(read).not.toHaveBeenCalled();
      expect(copy.touchpoints.map((t) => t.name)).toContain('Ancien site web');
      expect(create.mock.calls[0]?.[2].history.summary).toMatch(/, version 3$/);
    });

    it('answers NOT_FOUND JourneyMapVersion for a version the map does not have', async () => {
      const { ctx, create } = duplicating({ version: null });
      await expect(duplicateMap(ctx, { ...INPUT, version: 3 })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: `JourneyMapVersion 3 of map ${journey.MAP} does not exist in this workspace.`,
      });
      expect(create).not.toHaveBeenCalled();
    });
  });

  it('answers NOT_FOUND JourneyMap for a map that does not exist', async () => {
    const { ctx, create } = duplicating({ source: null });
    await expect(duplicateMap(ctx, INPUT)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `JourneyMap ${journey.MAP} does not exist in this workspace.`,
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('answers CONFLICT when the chosen id is already taken', async () => {
    const { ctx } = duplicating({
      outcome: rejected({ reason: 'alreadyExists', entity: 'JourneyMap', id: COPY }),
    });
    await expect(duplicateMap(ctx, { ...INPUT, id: COPY })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('rejects an unknown state before reading anything', async () => {
    const { ctx, read } = duplicating();
    await expect(duplicateMap(ctx, { ...INPUT, state: 'PAST' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('keeps the source untouched', async () => {
    const source = journey.contents();
    const { ctx } = duplicating({ source });
    await duplicateMap(ctx, INPUT);
    expect(source).toEqual(journey.contents());
    expect(byId(source.stages, journey.DISCOVERY).id).toBe(journey.DISCOVERY);
  });
});
