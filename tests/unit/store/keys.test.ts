import type { MapPartKind } from '../../../domain/parts/mapParts';
import {
  BACKLOG_INDEX,
  CONTENT_PREFIX,
  HEADER_SK,
  backlogPartitions,
  historyKey,
  mapHeaderKey,
  mapPartition,
  mapsListKey,
  mapsListPartition,
  partKey,
  personaKey,
  personasPartition,
  shareLinkKey,
  shareTokenKey,
  versionChunkKey,
  versionListKey,
  versionMetaKey,
  versionPrefix,
} from '../../../store/keys';
import { testId } from '../support/records';
import { MAP } from '../support/table';

const LOCAL = testId(51);
const IMPROVEMENT = `${MAP}:${LOCAL}`;
const PART_KINDS: MapPartKind[] = ['stage', 'touchpoint', 'painPoint', 'kpi', 'improvement'];
const partId = (part: MapPartKind) => (part === 'improvement' ? IMPROVEMENT : testId(2));

/** Every partition key the table uses, for one workspace. */
const partitionKeys = (ws: string): [string, string][] => [
  ['personasPartition', personasPartition(ws)],
  ['personaKey', personaKey(ws, testId(900)).PK],
  ['mapPartition', mapPartition(ws, MAP)],
  ['mapHeaderKey', mapHeaderKey(ws, MAP).PK],
  ...PART_KINDS.map((part): [string, string] => [
    `partKey(${part})`,
    partKey(ws, MAP, part, partId(part)).PK,
  ]),
  ['historyKey', historyKey(ws, MAP, testId(3)).PK],
  ['versionMetaKey', versionMetaKey(ws, MAP, 2).PK],
  ['versionListKey', versionListKey(ws, MAP, 2).PK],
  ['versionChunkKey', versionChunkKey(ws, MAP, 2, 'token', 0).PK],
  ['shareLinkKey', shareLinkKey(ws, MAP, testId(60)).PK],
  ['mapsListKey', mapsListKey(ws, MAP).wsPK],
  ['mapsListPartition', mapsListPartition(ws)],
  ['backlog: workspace', backlogPartitions.workspace(ws)],
  ['backlog: workspaceQuadrant', backlogPartitions.workspaceQuadrant(ws, 'QUICK_WIN')],
  ['backlog: workspaceStatus', backlogPartitions.workspaceStatus(ws, 'DONE')],
  ['backlog: map', backlogPartitions.map(ws, MAP)],
  ['backlog: mapQuadrant', backlogPartitions.mapQuadrant(ws, MAP, 'AVOID')],
  ['backlog: mapStatus', backlogPartitions.mapStatus(ws, MAP, 'IDEA')],
  ['backlog: stage', backlogPartitions.stage(ws, testId(11))],
];

describe('Table keys', () => {
  describe('partition keys', () => {
    it.each(partitionKeys('acme'))('%s starts with the workspace: W#<workspace>#', (_, key) => {
      expect(key.startsWith('W#acme#')).toBe(true);
    });

    it('never coincide between two workspaces, even when one id starts with the other', () => {
      const acme = partitionKeys('acme').map(([, key]) => key);
      const acme2 = partitionKeys('acme2').map(([, key]) => key);
      for (const key of acme2) expect(key.startsWith('W#acme#')).toBe(false);
      expect(acme.filter((key) => acme2.includes(key))).toEqual([]);
    });

    it('put a map’s header, parts, history and versions in one partition of their own', () => {
      const keys = [
        mapHeaderKey('acme', MAP),
        ...PART_KINDS.map((part) => partKey('acme', MAP, part, partId(part))),
        historyKey('acme', MAP, testId(3)),
        versionMetaKey('acme', MAP, 1),
        versionListKey('acme', MAP, 1),
        versionChunkKey('acme', MAP, 1, 'token', 0),
      ];
      expect(new Set(keys.map((k) => k.PK))).toEqual(new Set([mapPartition('acme', MAP)]));
      expect(mapPartition('acme', testId(2))).not.toBe(mapPartition('acme', MAP));
    });
  });

  describe('sort keys of a map', () => {
    it('start with C# for the header and every part, and not for history or versions', () => {
      const content = [
        mapHeaderKey('acme', MAP).SK,
        ...PART_KINDS.map((part) => partKey('acme', MAP, part, partId(part)).SK),
      ];
      for (const sk of content) expect(sk.startsWith(CONTENT_PREFIX)).toBe(true);
      const others = [
        historyKey('acme', MAP, testId(3)).SK,
        versionMetaKey('acme', MAP, 1).SK,
        versionListKey('acme', MAP, 1).SK,
        versionChunkKey('acme', MAP, 1, 'token', 0).SK,
      ];
      for (const sk of others) expect(sk.startsWith(CONTENT_PREFIX)).toBe(false);
    });

    it('put the header before every part, whatever its id', () => {
      for (const part of PART_KINDS) {
        for (const id of ['00000000000000000000000000', 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ']) {
          const sk = partKey('acme', MAP, part, part === 'improvement' ? `${MAP}:${id}` : id).SK;
          expect(HEADER_SK < sk).toBe(true);
        }
      }
    });

    it('give each kind of part its own prefix', () => {
      const prefixes = PART_KINDS.map((part) =>
        partKey('acme', MAP, part, partId(part)).SK.replace(/[^#]*$/, ''),
      );
      expect(new Set(prefixes).size).toBe(PART_KINDS.length);
    });

    it('use only the second half of an improvement’s id `<mapId>:<ulid>`', () => {
      const { SK } = partKey('acme', MAP, 'improvement', IMPROVEMENT);
      expect(SK.endsWith(`#${LOCAL}`)).toBe(true);
      expect(SK).not.toContain(MAP);
      expect(SK).not.toContain(':');
    });

    it('use the whole id of every other part', () => {
      for (const part of PART_KINDS.filter((p) => p !== 'improvement')) {
        expect(partKey('acme', MAP, part, testId(2)).SK.endsWith(`#${testId(2)}`)).toBe(true);
      }
    });

    it('sort history entries by their id (newest last)', () => {
      expect(historyKey('acme', MAP, testId(3)).SK < historyKey('acme', MAP, testId(10)).SK).toBe(
        true,
      );
    });
  });

  describe('version keys', () => {
    it('sort versions by number, version 10 after version 9', () => {
      expect(versionListKey('acme', MAP, 9).SK < versionListKey('acme', MAP, 10).SK).toBe(true);
      expect(versionMetaKey('acme', MAP, 9).SK < versionMetaKey('acme', MAP, 10).SK).toBe(true);
    });

    it('keep each version’s items under its own prefix: version 1’s prefix holds no item of version 10', () => {
      const ten = [
        versionMetaKey('acme', MAP, 10).SK,
        versionChunkKey('acme', MAP, 10, 'token', 0).SK,
      ];
      for (const sk of ten) {
        expect(sk.startsWith(versionPrefix(10))).toBe(true);
        expect(sk.startsWith(versionPrefix(1))).toBe(false);
      }
    });

    it('sort a version’s chunks by index, chunk 10 after chunk 2', () => {
      expect(
        versionChunkKey('acme', MAP, 1, 'token', 2).SK <
          versionChunkKey('acme', MAP, 1, 'token', 10).SK,
      ).toBe(true);
    });

    it('tell chunks of another attempt apart by their token', () => {
      expect(versionChunkKey('acme', MAP, 1, 'a', 0).SK).not.toBe(
        versionChunkKey('acme', MAP, 1, 'b', 0).SK,
      );
    });
  });

  describe('backlog indexes', () => {
    it('sort every index but the Workspace one on backlogSK', () => {
      for (const [name, index] of Object.entries(BACKLOG_INDEX)) {
        expect([name, index.sk]).toEqual([name, name === 'workspace' ? 'wsSK' : 'backlogSK']);
      }
    });

    it('give every backlog index its own partition key attribute and index name', () => {
      const indexes = Object.values(BACKLOG_INDEX);
      expect(new Set(indexes.map((i) => i.pk)).size).toBe(indexes.length);
      expect(new Set(indexes.map((i) => i.name)).size).toBe(indexes.length);
    });

    it('keep the maps list and the backlog apart in the shared Workspace index', () => {
      expect(mapsListPartition('acme')).not.toBe(backlogPartitions.workspace('acme'));
    });
  });

  describe('share links', () => {
    it("keep a map's links in its partition, apart from its content, history and versions", () => {
      const sk = shareLinkKey('acme', MAP, testId(60)).SK;
      expect(sk).toBe(`SL#${testId(60)}`);
      for (const prefix of [CONTENT_PREFIX, 'H#', 'V#', 'VM#'])
        expect(sk.startsWith(prefix)).toBe(false);
    });

    it('find a secret by its hash alone: the one key without a workspace, and nothing of one in it', () => {
      const hash = 'f'.repeat(64);
      expect(shareTokenKey(hash)).toEqual({ PK: `SHARE#${hash}`, SK: 'SHARE' });
      expect(shareTokenKey(hash).PK.startsWith('W#')).toBe(false);
    });
  });
});
