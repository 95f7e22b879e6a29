import {
  parseObjectId,
  versionId,
  versionObjectId,
} from '../../../../domain/versions/versionObjectIds';
import { testId } from '../../support/records';

const MAP = testId(1);
const STAGE = testId(2);
const IMPROVEMENT = `${MAP}:${testId(3)}`;

describe('The ids of a published version’s objects', () => {
  it('gives the map of version N the id <mapId>@vN, and every other object <mapId>@vN/<Type>/<entityId>', () => {
    expect(versionObjectId(MAP, 2, 'JourneyMap', MAP)).toBe(`${MAP}@v2`);
    expect(versionObjectId(MAP, 2, 'Stage', STAGE)).toBe(`${MAP}@v2/Stage/${STAGE}`);
    expect(versionObjectId(MAP, 12, 'Improvement', IMPROVEMENT)).toBe(
      `${MAP}@v12/Improvement/${IMPROVEMENT}`,
    );
    expect(versionId(MAP, 3)).toBe(`${MAP}@v3/JourneyMapVersion`);
  });

  it('differs between versions, types and the draft, so a client cache keeps them apart', () => {
    const ids = [
      STAGE,
      versionObjectId(MAP, 1, 'Stage', STAGE),
      versionObjectId(MAP, 2, 'Stage', STAGE),
      versionObjectId(MAP, 2, 'Touchpoint', STAGE),
      MAP,
      versionObjectId(MAP, 1, 'JourneyMap', MAP),
      versionId(MAP, 1),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('parses back every id it gives, and an entity’s own id', () => {
    expect(parseObjectId(versionObjectId(MAP, 2, 'Stage', STAGE))).toEqual({
      kind: 'versionObject',
      mapId: MAP,
      version: 2,
      type: 'Stage',
      entityId: STAGE,
    });
    expect(parseObjectId(versionObjectId(MAP, 7, 'JourneyMap', MAP))).toEqual({
      kind: 'versionObject',
      mapId: MAP,
      version: 7,
      type: 'JourneyMap',
      entityId: MAP,
    });
    expect(parseObjectId(versionObjectId(MAP, 2, 'Improvement', IMPROVEMENT))).toMatchObject({
      type: 'Improvement',
      entityId: IMPROVEMENT,
    });
    expect(parseObjectId(versionId(MAP, 3))).toEqual({ kind: 'version', mapId: MAP, version: 3 });
    expect(parseObjectId(STAGE)).toEqual({ kind: 'entity', id: STAGE });
    expect(parseObjectId(IMPROVEMENT)).toEqual({ kind: 'entity', id: IMPROVEMENT });
  });

  it.each([
    ['an empty string', ''],
    ['a name', 'Découverte'],
    ['version 0', `${MAP}@v0`],
    ['an unknown type', `${MAP}@v1/Viewer/${STAGE}`],
    ['a type without an entity', `${MAP}@v1/Stage`],
    ['the map spelt as a type', `${MAP}@v1/JourneyMap/${MAP}`],
    ['an entity id that is no id', `${MAP}@v1/Stage/x`],
    ['a version with an entity', `${MAP}@v1/JourneyMapVersion/${STAGE}`],
    ['a lower-case ULID', MAP.toLowerCase()],
  ])('reads %s as naming nothing', (_name, id) => {
    expect(parseObjectId(id)).toBeNull();
  });
});
