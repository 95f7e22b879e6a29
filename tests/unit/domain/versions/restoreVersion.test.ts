import type { MapContents } from '../../../../domain/maps/mapContents';
import type { MapStore } from '../../../../domain/ports/mapStore';
import { rejected, written, type WriteOutcome } from '../../../../domain/ports/writeOutcome';
import { planRestore } from '../../../../domain/versions/planRestore';
import { restoreVersion } from '../../../../domain/versions/restoreVersion';
import type { PublishedVersion } from '../../../../domain/versions/versionRecords';
import { byId, make, testId } from '../../support/records';
import * as journey from './journey';
import { NOW, WORKSPACE, personasFound, useCaseContext } from './useCase';

const marie = make.persona({ id: journey.MARIE });

/** Version 2 of the map, "v2 2025": the journey with Marie only, and the website scored −1. */
const version2 = (contents = journey.contents()): PublishedVersion => ({
  meta: {
    mapId: journey.MAP,
    number: 2,
    label: 'v2 2025',
    notes: null,
    publishedAt: '2025-04-01T00:00:00.000Z',
    publishedBy: { kind: 'USER', id: 'user-7' },
  },
  snapshot: { contents, personas: [marie] },
});

/** The draft since then: the website rescored, revision 4. */
const draft = () =>
  journey.edited((c) => {
    byId(c.touchpoints, journey.WEBSITE).emotionScore = 1;
    c.header.revision = 4;
  });

function restoring(
  options: {
    drafts?: (MapContents | null)[];
    version?: PublishedVersion | null;
    outcomes?: WriteOutcome[];
  } = {},
) {
  const drafts = options.drafts ?? [draft()];
  const outcomes = options.outcomes ?? [written()];
  const next = <T>(list: T[], count: number): T => list[Math.min(count, list.length - 1)]!;
  let readCount = 0;
  let restoreCount = 0;
  const read = jest.fn(async (): Promise<MapContents | null> => next(drafts, readCount++));
  const readVersion = jest.fn(async () =>
    options.version === undefined ? version2() : options.version,
  );
  const getMany = jest.fn(personasFound(marie));
  const restore = jest.fn(
    async (..._args: Parameters<MapStore['restore']>): Promise<WriteOutcome> =>
      next(outcomes, restoreCount++),
  );
  const ctx = useCaseContext({
    maps: { read, restore },
    versions: { read: readVersion },
    personas: { getMany },
  });
  return { ctx, read, readVersion, getMany, restore };
}

describe('restoreVersion', () => {
  it('applies the plan of what differs between the draft and the version, and answers the map id', async () => {
    const { ctx, restore, readVersion } = restoring();
    expect(await restoreVersion(ctx, { mapId: journey.MAP, version: 2 })).toBe(journey.MAP);
    expect(readVersion).toHaveBeenCalledWith(WORKSPACE, journey.MAP, 2);
    const [workspaceId, mapId, plan] = restore.mock.calls[0]!;
    expect([workspaceId, mapId]).toEqual([WORKSPACE, journey.MAP]);
    expect(plan).toEqual(planRestore(draft(), journey.contents(), new Set([journey.MARIE]), NOW));
    expect(plan.puts.map((p) => p.record.id)).toEqual([journey.WEBSITE]);
  });

  it('drops the personas deleted since publication: only those found are linked again', async () => {
    const { ctx, restore, getMany } = restoring();
    await restoreVersion(ctx, { mapId: journey.MAP, version: 2 });
    expect(getMany).toHaveBeenCalledWith(WORKSPACE, [journey.MARIE, journey.YOUSSEF]);
    expect(restore.mock.calls[0]?.[2].header.personaIds).toEqual([journey.MARIE]);
  });

  it('makes the restore depend on the change counter and the revision it read', async () => {
    const { ctx, restore } = restoring();
    await restoreVersion(ctx, { mapId: journey.MAP, version: 2 });
    expect(restore.mock.calls[0]?.[3]).toEqual({
      version: 2,
      seenChangeSeq: 12,
      revision: { expected: 4, source: 'read' },
      now: NOW,
      actor: { kind: 'USER', id: 'user-42' },
      history: {
        operation: 'restoreJourneyMapVersion',
        entity: 'JourneyMap',
        entityId: journey.MAP,
        summary: 'Draft restored to version 2 "v2 2025" (1 part(s) written, 0 removed)',
      },
    });
  });

  it('with the caller’s expected revision, makes the restore depend on it', async () => {
    const { ctx, restore } = restoring();
    await restoreVersion(ctx, { mapId: journey.MAP, version: 2, expectedRevision: 4 });
    expect(restore.mock.calls[0]?.[3].revision).toEqual({ expected: 4, source: 'caller' });
  });

  it('answers CONFLICT with the current revision when the caller expected another, and restores nothing', async () => {
    const { ctx, restore } = restoring();
    await expect(
      restoreVersion(ctx, { mapId: journey.MAP, version: 2, expectedRevision: 3 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { currentRevision: 4 } });
    expect(restore).not.toHaveBeenCalled();
  });

  it('answers NOT_FOUND JourneyMap for a map that does not exist', async () => {
    const { ctx, restore } = restoring({ drafts: [null] });
    await expect(restoreVersion(ctx, { mapId: journey.MAP, version: 2 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `JourneyMap ${journey.MAP} does not exist in this workspace.`,
    });
    expect(restore).not.toHaveBeenCalled();
  });

  it('answers NOT_FOUND JourneyMapVersion for a version the map does not have', async () => {
    const { ctx, restore } = restoring({ version: null });
    await expect(restoreVersion(ctx, { mapId: journey.MAP, version: 9 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `JourneyMapVersion 9 of map ${journey.MAP} does not exist in this workspace.`,
    });
    expect(restore).not.toHaveBeenCalled();
  });

  it('rejects version 0 before reading anything', async () => {
    const { ctx, read } = restoring();
    await expect(restoreVersion(ctx, { mapId: journey.MAP, version: 0 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('redoes the restore from a fresh read when the map changed meanwhile', async () => {
    const fresher = journey.edited((c) => {
      c.header.changeSeq = 13;
      c.touchpoints = c.touchpoints.filter((t) => t.id !== journey.WEBSITE);
    }, draft());
    const { ctx, read, restore } = restoring({
      drafts: [draft(), fresher],
      outcomes: [rejected({ reason: 'mapChanged' }), written()],
    });
    await restoreVersion(ctx, { mapId: journey.MAP, version: 2 });
    expect(read).toHaveBeenCalledTimes(2);
    expect(restore.mock.calls[1]?.[3].seenChangeSeq).toBe(13);
    expect(restore.mock.calls[1]?.[2]).toEqual(
      planRestore(fresher, journey.contents(), new Set([journey.MARIE]), NOW),
    );
  });

  it('answers CONFLICT when the map keeps changing past the retry budget', async () => {
    const { ctx, read } = restoring({ outcomes: [rejected({ reason: 'mapChanged' })] });
    await expect(restoreVersion(ctx, { mapId: journey.MAP, version: 2 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('answers the caller’s CONFLICT, without retrying, when the store finds another revision than pinned', async () => {
    const { ctx, read } = restoring({
      outcomes: [
        rejected({
          reason: 'revisionMismatch',
          entity: 'JourneyMap',
          id: journey.MAP,
          check: { expected: 4, source: 'caller' },
          current: 5,
        }),
      ],
    });
    await expect(
      restoreVersion(ctx, { mapId: journey.MAP, version: 2, expectedRevision: 4 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { currentRevision: 5 } });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('ignores the personas of the draft: the version’s links are the ones restored', async () => {
    const linkedNow = journey.edited((c) => (c.header.personaIds = [testId(905)]), draft());
    const { ctx, getMany } = restoring({ drafts: [linkedNow] });
    await restoreVersion(ctx, { mapId: journey.MAP, version: 2 });
    expect(getMany).toHaveBeenCalledWith(WORKSPACE, [journey.MARIE, journey.YOUSSEF]);
  });
});
