import type { VersionMeta } from '../../../../domain/versions/versionRecords';
import {
  TRANSACTION_BYTE_BUDGET,
  TRANSACTION_ITEM_LIMIT,
  type TransactItem,
} from '../../../../store/dynamo/transactionLimits';
import { ITEM_TYPE } from '../../../../store/items/itemCodec';
import * as keys from '../../../../store/keys';
import { CHUNK_BYTES } from '../../../../store/versions/snapshotCodec';
import {
  buildPublishTransaction,
  chunkItems,
  chunksFitInTransaction,
  versionDescription,
} from '../../../../store/versions/publishTransaction';
import { applyUpdate, conditionHolds, type Item } from '../../support/dynamoExpressions';
import { MAP, TABLE, WS } from '../../support/table';

const TOKEN = 'snapshot-token';
const PUBLISHED_AT = '2025-06-01T12:00:00.000Z';

const meta = (number = 3): VersionMeta => ({
  mapId: MAP,
  number,
  label: `v${number} 2025`,
  notes: 'Revue trimestrielle',
  publishedAt: PUBLISHED_AT,
  publishedBy: { kind: 'API_KEY', id: 'key-9' },
});
const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])];

const build = (number = 3, inline = true, seenChangeSeq = 12): TransactItem[] =>
  buildPublishTransaction(TABLE, WS, meta(number), TOKEN, chunks, inline, seenChangeSeq, {
    operation: 'publishJourneyMapVersion',
    entity: 'JourneyMapVersion',
    entityId: `${MAP}@${number}`,
    summary: `Version ${number} published`,
  });

/** The draft's header, read at changeSeq 12, with version 2 the latest. */
const storedHeader = (fields: Item = {}): Item => ({
  ...keys.mapHeaderKey(WS, MAP),
  ...keys.mapsListKey(WS, MAP),
  entityType: ITEM_TYPE.header,
  id: MAP,
  revision: 5,
  changeSeq: 12,
  latestVersion: 2,
  updatedAt: '2025-05-01T00:00:00.000Z',
  ...fields,
});

const headerUpdate = (items: TransactItem[]) => {
  const update = items[0]?.Update;
  if (!update) throw new Error('the first item is not an Update');
  return update;
};
const puts = (items: TransactItem[]) => items.flatMap((i) => (i.Put ? [i.Put] : []));

describe('The publish transaction', () => {
  describe('buildPublishTransaction', () => {
    describe('the header', () => {
      it('comes first and records the new latest version, and nothing else but the change', () => {
        const update = headerUpdate(build());
        expect(update.Key).toEqual(keys.mapHeaderKey(WS, MAP));
        expect(update.TableName).toBe(TABLE);
        expect(applyUpdate(storedHeader(), update)).toEqual({
          ...storedHeader(),
          latestVersion: 3,
          changeSeq: Number(storedHeader().changeSeq) + 1,
          lastChange: expect.objectContaining({
            operation: 'publishJourneyMapVersion',
            changes: [
              { entity: 'JourneyMap', entityId: MAP, change: 'UPDATED', fields: ['latestVersion'] },
            ],
          }),
        });
      });

      it('applies only when the draft is unchanged since its snapshot was read', () => {
        const update = headerUpdate(build());
        expect(conditionHolds(storedHeader(), update)).toBe(true);
        expect(conditionHolds(storedHeader({ changeSeq: 13 }), update)).toBe(false);
      });

      it('applies only when the previous number is still the latest: a concurrent publication of the same number fails', () => {
        const update = headerUpdate(build(3));
        expect(conditionHolds(storedHeader({ latestVersion: 2 }), update)).toBe(true);
        expect(conditionHolds(storedHeader({ latestVersion: 3 }), update)).toBe(false);
        expect(conditionHolds(storedHeader({ latestVersion: 1 }), update)).toBe(false);
      });

      it('publishes version 1 of a map that has none, with or without a counter yet', () => {
        const update = headerUpdate(build(1));
        expect(conditionHolds(storedHeader({ latestVersion: 0 }), update)).toBe(true);
        const { latestVersion: _, ...withoutCounter } = storedHeader();
        expect(conditionHolds(withoutCounter, update)).toBe(true);
        expect(conditionHolds(storedHeader({ latestVersion: 1 }), update)).toBe(false);
      });

      it('applies only to a live map', () => {
        const update = headerUpdate(build());
        expect(conditionHolds(null, update)).toBe(false);
        expect(conditionHolds(storedHeader({ deletedAt: PUBLISHED_AT }), update)).toBe(false);
      });
    });

    describe('the version’s items', () => {
      it('describe the version twice: under its range (META) and in the versions list', () => {
        const [metaPut, listPut] = puts(build()).slice(0, 2);
        const description = {
          number: 3,
          label: 'v3 2025',
          notes: 'Revue trimestrielle',
          publishedAt: PUBLISHED_AT,
          publishedByKind: 'API_KEY',
          publishedById: 'key-9',
          token: TOKEN,
          chunkCount: 2,
        };
        expect(metaPut?.Item).toEqual({
          ...keys.versionMetaKey(WS, MAP, 3),
          entityType: ITEM_TYPE.version,
          ...description,
        });
        expect(listPut?.Item).toEqual({
          ...keys.versionListKey(WS, MAP, 3),
          entityType: ITEM_TYPE.version,
          ...description,
        });
        expect(versionDescription(meta(), TOKEN, 2)).toEqual(description);
      });

      it('hold the snapshot’s chunks, in order, under the token the description names', () => {
        const chunkPuts = puts(build()).filter(
          (p) => p.Item?.entityType === ITEM_TYPE.versionChunk,
        );
        expect(chunkPuts.map((p) => p.Item)).toEqual([
          {
            ...keys.versionChunkKey(WS, MAP, 3, TOKEN, 0),
            entityType: ITEM_TYPE.versionChunk,
            data: chunks[0],
          },
          {
            ...keys.versionChunkKey(WS, MAP, 3, TOKEN, 1),
            entityType: ITEM_TYPE.versionChunk,
            data: chunks[1],
          },
        ]);
        expect(chunkPuts.map((p) => p.Item)).toEqual(chunkItems(WS, meta(), TOKEN, chunks));
      });

      it('leave the chunks out when they were staged beforehand, still counting them', () => {
        const items = build(3, false);
        expect(puts(items).filter((p) => p.Item?.entityType === ITEM_TYPE.versionChunk)).toEqual(
          [],
        );
        expect(items).toHaveLength(4);
        expect(puts(items)[0]?.Item?.chunkCount).toBe(2);
      });

      it('are put only where nothing exists: a version is written once', () => {
        const versionPuts = puts(build()).filter((p) => p.Item?.entityType !== ITEM_TYPE.history);
        expect(versionPuts).toHaveLength(4);
        for (const put of versionPuts) {
          expect(conditionHolds(null, put)).toBe(true);
          expect(conditionHolds({ ...put.Item }, put)).toBe(false);
        }
      });
    });

    it('ends with the history entry, by the publisher at the publication time', () => {
      expect(build().at(-1)?.Put?.Item).toMatchObject({
        PK: keys.mapHeaderKey(WS, MAP).PK,
        entityType: ITEM_TYPE.history,
        at: PUBLISHED_AT,
        actorKind: 'API_KEY',
        actorId: 'key-9',
        operation: 'publishJourneyMapVersion',
        entityId: `${MAP}@3`,
      });
    });
  });

  describe('chunksFitInTransaction', () => {
    const tiny = (count: number) => Array.from({ length: count }, () => new Uint8Array(10));
    const full = (count: number) =>
      Array.from({ length: count }, () => new Uint8Array(CHUNK_BYTES));

    it('fits as many chunks as leave room for the header, the two descriptions and the history entry', () => {
      expect(chunksFitInTransaction(tiny(TRANSACTION_ITEM_LIMIT - 4))).toBe(true);
      expect(chunksFitInTransaction(tiny(TRANSACTION_ITEM_LIMIT - 3))).toBe(false);
    });

    it('fits no more bytes than the transaction budget, keeping room for the other items', () => {
      expect(chunksFitInTransaction(full(10))).toBe(true);
      expect(chunksFitInTransaction(full(11))).toBe(false);
      expect(chunksFitInTransaction([new Uint8Array(TRANSACTION_BYTE_BUDGET)])).toBe(false);
    });

    it('fits a snapshot without chunks', () => {
      expect(chunksFitInTransaction([])).toBe(true);
    });

    it('fits what buildPublishTransaction then builds within the item limit', () => {
      const many = tiny(TRANSACTION_ITEM_LIMIT - 4);
      const items = buildPublishTransaction(TABLE, WS, meta(), TOKEN, many, true, 12, {
        operation: 'publishJourneyMapVersion',
        entity: 'JourneyMapVersion',
        entityId: `${MAP}@3`,
        summary: 'Version 3 published',
      });
      expect(items).toHaveLength(TRANSACTION_ITEM_LIMIT);
    });
  });
});
