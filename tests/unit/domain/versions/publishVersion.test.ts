import type { MapContents } from '../../../../domain/maps/mapContents';
import type { PersonaRecord } from '../../../../domain/personas/persona';
import type { VersionStore } from '../../../../domain/ports/versionStore';
import { rejected, written, type WriteOutcome } from '../../../../domain/ports/writeOutcome';
import { DomainError } from '../../../../domain/shared/errors';
import { publishVersion } from '../../../../domain/versions/publishVersion';
import { make, testId } from '../../support/records';
import * as journey from './journey';
import { NOW, WORKSPACE, personasFound, useCaseContext } from './useCase';

const marie = make.persona({ id: journey.MARIE, name: 'Marie, responsable marketing PME' });
const youssef = make.persona({ id: journey.YOUSSEF, name: 'Youssef, dirigeant de TPE' });
const INPUT = { mapId: journey.MAP, label: 'v3 2025', notes: 'Revue trimestrielle T2' };

/**
 * A publication against stores that read `reads` in turn (the last one again
 * once they run out) and answer `outcomes` in turn to each publish.
 */
function publishing(
  options: {
    reads?: (MapContents | null)[];
    outcomes?: WriteOutcome[];
    personas?: PersonaRecord[];
  } = {},
) {
  const reads = options.reads ?? [journey.contents()];
  const outcomes = options.outcomes ?? [written()];
  const next = <T>(list: T[], count: number): T => list[Math.min(count, list.length - 1)]!;
  let readCount = 0;
  let publishCount = 0;
  const read = jest.fn(async (): Promise<MapContents | null> => next(reads, readCount++));
  const getMany = jest.fn(personasFound(...(options.personas ?? [marie, youssef])));
  const publish = jest.fn(
    async (..._args: Parameters<VersionStore['publish']>): Promise<WriteOutcome> =>
      next(outcomes, publishCount++),
  );
  const ctx = useCaseContext({ maps: { read }, personas: { getMany }, versions: { publish } });
  return { ctx, read, getMany, publish };
}

describe('publishVersion', () => {
  it('publishes the draft as the version after the latest one, stamped now and by the caller', async () => {
    const { ctx, publish } = publishing(); // latestVersion 2
    const meta = await publishVersion(ctx, INPUT);
    expect(meta).toEqual({
      mapId: journey.MAP,
      number: 3,
      label: 'v3 2025',
      notes: 'Revue trimestrielle T2',
      publishedAt: NOW,
      publishedBy: { kind: 'USER', id: 'user-42' },
    });
    expect(publish.mock.calls[0]?.[2]).toEqual(meta);
  });

  it('publishes a map’s first version as number 1, without notes when none are given', async () => {
    const { ctx } = publishing({ reads: [journey.edited((c) => (c.header.latestVersion = 0))] });
    expect(await publishVersion(ctx, { mapId: journey.MAP, label: 'v1 2024' })).toMatchObject({
      number: 1,
      notes: null,
    });
  });

  it('freezes the whole draft as read, and its personas in the map’s order', async () => {
    const draft = journey.edited((c) => (c.header.personaIds = [journey.YOUSSEF, journey.MARIE]));
    const { ctx, publish, getMany } = publishing({ reads: [draft], personas: [marie, youssef] });
    await publishVersion(ctx, INPUT);
    expect(getMany).toHaveBeenCalledWith(WORKSPACE, [journey.YOUSSEF, journey.MARIE]);
    expect(publish.mock.calls[0]?.[0]).toBe(WORKSPACE);
    expect(publish.mock.calls[0]?.[1]).toEqual({ contents: draft, personas: [youssef, marie] });
  });

  it('leaves out a linked persona that no longer exists', async () => {
    const draft = journey.edited(
      (c) => (c.header.personaIds = [journey.MARIE, testId(903), journey.YOUSSEF]),
    );
    const { ctx, publish } = publishing({ reads: [draft] });
    await publishVersion(ctx, INPUT);
    expect(publish.mock.calls[0]?.[1].personas).toEqual([marie, youssef]);
  });

  it('makes the publication depend on the change counter read, with its history entry', async () => {
    const { ctx, publish } = publishing(); // changeSeq 12
    await publishVersion(ctx, INPUT);
    expect(publish.mock.calls[0]?.[3]).toBe(12);
    expect(publish.mock.calls[0]?.[4]).toEqual({
      operation: 'publishJourneyMapVersion',
      entity: 'JourneyMapVersion',
      entityId: `${journey.MAP}@3`,
      summary: 'Version 3 "v3 2025" published',
    });
  });

  it('answers NOT_FOUND for a map that does not exist, and publishes nothing', async () => {
    const { ctx, publish } = publishing({ reads: [null] });
    await expect(publishVersion(ctx, INPUT)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `JourneyMap ${journey.MAP} does not exist in this workspace.`,
    });
    expect(publish).not.toHaveBeenCalled();
  });

  it('rejects an empty label before reading anything', async () => {
    const { ctx, read } = publishing();
    const error = await publishVersion(ctx, { mapId: journey.MAP, label: '  ' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    expect((error as DomainError).details.issues?.map((i) => i.path)).toEqual([['input', 'label']]);
    expect(read).not.toHaveBeenCalled();
  });

  describe('when the map changed since it was read', () => {
    it('redoes the publication from a fresh read and takes the next number', async () => {
      // Another publication (v3) landed between the read and the write.
      const fresh = journey.edited((c) => {
        c.header.latestVersion = 3;
        c.header.changeSeq = 13;
      });
      const { ctx, read, publish } = publishing({
        reads: [journey.contents(), fresh],
        outcomes: [rejected({ reason: 'mapChanged' }), written()],
      });
      const meta = await publishVersion(ctx, INPUT);
      expect(read).toHaveBeenCalledTimes(2);
      expect(publish).toHaveBeenCalledTimes(2);
      expect(meta.number).toBe(4);
      expect(publish.mock.calls[1]?.[1].contents).toBe(fresh);
      expect(publish.mock.calls[1]?.[3]).toBe(13);
    });

    it('answers CONFLICT once the retry budget is spent, after one read per attempt', async () => {
      const { ctx, read, publish } = publishing({
        outcomes: [rejected({ reason: 'mapChanged' })],
      });
      await expect(publishVersion(ctx, INPUT)).rejects.toMatchObject({ code: 'CONFLICT' });
      // The first attempt and two retries.
      expect(read).toHaveBeenCalledTimes(3);
      expect(publish).toHaveBeenCalledTimes(3);
      expect(ctx.retry.used).toBe(2);
    });
  });

  it('does not retry a rejection a fresh read cannot fix', async () => {
    const { ctx, read } = publishing({
      outcomes: [rejected({ reason: 'notFound', entity: 'JourneyMap', id: journey.MAP })],
    });
    await expect(publishVersion(ctx, INPUT)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(read).toHaveBeenCalledTimes(1);
  });
});
