/** Personas in DynamoDB: one partition per workspace, one item per persona. */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '../dynamo/commands';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Page, PageRequest } from '../../domain/paging/page';
import type { PersonaRecord } from '../../domain/personas/persona';
import type { Editable } from '../../domain/ports/mapWrite';
import type { PersonaStore } from '../../domain/ports/personaStore';
import {
  rejected,
  written,
  type WriteOutcome,
  type WriteRejection,
} from '../../domain/ports/writeOutcome';
import { ULID_PATTERN } from '../../domain/shared/ids';
import { batchGet } from '../dynamo/batchGet';
import { countQuery } from '../dynamo/countQuery';
import type { Dynamo } from '../dynamo/dynamoClient';
import { conditionFailedItem, isConditionFailed, isItemTooLarge } from '../dynamo/dynamoErrors';
import { sendTransaction } from '../dynamo/transact';
import { decodeItem, type Item } from '../items/itemCodec';
import { PERSONA_PREFIX, personaKey } from '../keys';
import {
  deletePersonaOperation,
  getPersonaParams,
  listPersonasParams,
  putPersonaParams,
  updatePersonaParams,
} from './personaParams';

const PERSONA_SK_PATTERN = new RegExp(`^${PERSONA_PREFIX}${ULID_PATTERN.source.slice(1)}`);

/** What a failed "exists (at this revision)" condition means, from the item found. */
function conditionRejection(
  id: string,
  expectedRevision: number | null,
  found: Item | null,
): WriteRejection {
  if (!found) return { reason: 'notFound', entity: 'Persona', id };
  const current = Number(found.revision);
  if (expectedRevision !== null && current !== expectedRevision) {
    const check = { expected: expectedRevision, source: 'caller' } as const;
    return { reason: 'revisionMismatch', entity: 'Persona', id, check, current };
  }
  return { reason: 'mapChanged' };
}

export class DynamoPersonaStore implements PersonaStore {
  constructor(private readonly dynamo: Dynamo) {}

  private get table() {
    return this.dynamo.tableName;
  }

  async get(workspaceId: string, id: string): Promise<PersonaRecord | null> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand(getPersonaParams(this.table, workspaceId, id)),
    );
    return item ? decodeItem('persona', item) : null;
  }

  async getMany(workspaceId: string, ids: readonly string[]): Promise<Map<string, PersonaRecord>> {
    const items = await batchGet(
      this.dynamo,
      [...new Set(ids)].map((id) => personaKey(workspaceId, id)),
    );
    return new Map(items.map((item) => [String(item.id), decodeItem('persona', item)]));
  }

  async list(workspaceId: string, page: PageRequest): Promise<Page<PersonaRecord>> {
    const after = page.after ? decodeCursor(page.after, { sk: PERSONA_SK_PATTERN }).sk : null;
    if (page.first === 0) return { items: [], hasNextPage: false };
    const result = await this.dynamo.doc.send(
      new QueryCommand(listPersonasParams(this.table, workspaceId, page.first + 1, after)),
    );
    const items = (result.Items ?? []) as Item[];
    return {
      items: items.slice(0, page.first).map((item) => ({
        node: decodeItem('persona', item),
        cursor: encodeCursor({ sk: String(item.SK) }),
      })),
      hasNextPage: items.length > page.first,
    };
  }

  count(workspaceId: string): Promise<number> {
    const { Limit: _limit, ...params } = listPersonasParams(this.table, workspaceId, 1, null);
    return countQuery(this.dynamo, params);
  }

  async create(workspaceId: string, record: PersonaRecord): Promise<WriteOutcome> {
    const token = randomUUID();
    try {
      await this.dynamo.doc.send(
        new PutCommand(putPersonaParams(this.table, workspaceId, record, token)),
      );
    } catch (error) {
      if (isItemTooLarge(error)) return rejected({ reason: 'itemTooLarge' });
      if (!isConditionFailed(error)) throw error;
      // Our own put, re-sent after its answer was lost: it landed.
      if (conditionFailedItem(error)?.writeToken !== token) {
        return rejected({ reason: 'alreadyExists', entity: 'Persona', id: record.id });
      }
    }
    await this.dynamo.commitMarker?.committedWithoutMarker();
    return written();
  }

  async update(
    workspaceId: string,
    id: string,
    change: { set: Partial<Editable<PersonaRecord>>; expectedRevision: number | null; now: string },
  ): Promise<WriteOutcome<PersonaRecord>> {
    const token = randomUUID();
    let updated: Item;
    try {
      const { Attributes } = await this.dynamo.doc.send(
        new UpdateCommand(updatePersonaParams(this.table, workspaceId, id, change, token)),
      );
      updated = Attributes ?? {};
    } catch (error) {
      if (isItemTooLarge(error)) return rejected({ reason: 'itemTooLarge' });
      if (!isConditionFailed(error)) throw error;
      const found = conditionFailedItem(error);
      if (found?.writeToken !== token) {
        return rejected(conditionRejection(id, change.expectedRevision, found));
      }
      updated = found;
    }
    await this.dynamo.commitMarker?.committedWithoutMarker();
    return written(decodeItem('persona', updated));
  }

  delete(workspaceId: string, id: string, expectedRevision: number | null): Promise<WriteOutcome> {
    return sendTransaction(
      this.dynamo,
      [deletePersonaOperation(this.table, workspaceId, id, expectedRevision)],
      (reasons) => conditionRejection(id, expectedRevision, reasons[0]?.item ?? null),
    );
  }
}
