import type { MapView } from '../../../../domain/maps/mapView';
import { diffMaps } from '../../../../domain/versions/diffMaps';
import { compareVersions, readVersionView } from '../../../../domain/versions/readVersions';
import { summarize } from '../../../../domain/versions/summarizeDiff';
import type { PublishedVersion } from '../../../../domain/versions/versionRecords';
import { inputIssues } from '../../support/errors';
import { byId, make } from '../../support/records';
import * as journey from './journey';
import { WORKSPACE, useCaseContext } from './useCase';

const marie = make.persona({ id: journey.MARIE, name: 'Marie (T1 2025)' });

const published = (number: number): PublishedVersion => ({
  meta: {
    mapId: journey.MAP,
    number,
    label: `v${number} 2025`,
    notes: null,
    publishedAt: '2025-04-01T00:00:00.000Z',
    publishedBy: { kind: 'USER', id: 'user-7' },
  },
  snapshot: { contents: journey.contents(), personas: [marie] },
});

describe('readVersionView', () => {
  it('builds a view of the version, numbered, with the personas frozen in it', async () => {
    const read = jest.fn(async () => published(2));
    const result = await readVersionView(useCaseContext({ versions: { read } }), journey.MAP, 2);
    expect(read).toHaveBeenCalledWith(WORKSPACE, journey.MAP, 2);
    expect(result.version).toBe(2);
    expect(result.frozenPersonas).toEqual([marie]);
    expect(result.stages.map((s) => s.name)).toEqual(['Découverte', 'Évaluation', 'Achat']);
  });

  it('answers NOT_FOUND JourneyMapVersion for a version the map does not have', async () => {
    const ctx = useCaseContext({ versions: { read: async () => null } });
    await expect(readVersionView(ctx, journey.MAP, 5)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `JourneyMapVersion 5 of map ${journey.MAP} does not exist in this workspace.`,
    });
  });
});

describe('compareVersions', () => {
  const older = journey.view(journey.contents());
  const newer = journey.view(
    journey.edited((c) => (byId(c.touchpoints, journey.SEARCH).emotionScore = -1)),
  );
  const loader = () =>
    jest.fn(async (_mapId: string, version: number | null): Promise<MapView> =>
      version === 1 ? older : newer,
    );

  it('compares version `from` with the draft when `to` is absent', async () => {
    const load = loader();
    const result = await compareVersions({ mapId: journey.MAP, from: 1 }, load);
    expect(load.mock.calls).toEqual([
      [journey.MAP, 1],
      [journey.MAP, null],
    ]);
    expect(result.from).toBe(older);
    expect(result.to).toBe(newer);
  });

  it('compares two versions when `to` is given', async () => {
    const load = loader();
    await compareVersions({ mapId: journey.MAP, from: 1, to: 3 }, load);
    expect(load.mock.calls).toEqual([
      [journey.MAP, 1],
      [journey.MAP, 3],
    ]);
  });

  it('answers the diff of the two views and its summary', async () => {
    const result = await compareVersions({ mapId: journey.MAP, from: 1 }, loader());
    expect(result.diff).toEqual(diffMaps(older, newer));
    expect(result.summary).toEqual(summarize(result.diff, older, newer));
    expect(result.summary).toMatchObject({ touchpointsChanged: 1, identical: false });
  });

  it('rejects a version number below 1, with the argument’s own path, before loading anything', async () => {
    const load = loader();
    let issues: ReturnType<typeof inputIssues> = [];
    await compareVersions({ mapId: journey.MAP, from: 0, to: -1 }, load).catch((error: unknown) => {
      issues = inputIssues(() => {
        throw error;
      });
    });
    expect(issues.map((i) => i.path)).toEqual([['from'], ['to']]);
    expect(load).not.toHaveBeenCalled();
  });
});
