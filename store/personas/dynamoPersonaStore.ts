/** Personas in DynamoDB: one partition per workspace, one item per persona. */
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { alreadyExists, notFound, staleRevision } from '../../domain/shared/errors';
import type { Page, PageRequest, PersonaStore } from '../../domain/ports';
import type { PersonaRecord } from '../../domain/records';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Dynamo } from '../dynamo/dynamoClient';
import { conditionFailedItem, isConditionFailed, sizeLimitError } from '../dynamo/dynamoErrors';
import { personaFromItem, type Item } from '../items/itemCodec';
import { PERSONA_PREFIX, personaKey } from '../keys';
import { ULID_PATTERN } from '../../domain/shared/ids';

const PERSONA_SK_PATTERN = new RegExp(`^${PERSONA_PREFIX}${ULID_PATTERN.source.slice(1)}`);

import { batchGet } from '../dynamo/batchGet';
import { countQuery } from '../dynamo/countQuery';
import {
  deletePersonaParams,
  getPersonaParams,
  listPersonasParams,
  putPersonaParams,
  updatePersonaParams,
} from './personaParams';

export class DynamoPersonaStore implements PersonaStore {
  constructor(private readonly dynamo: Dynamo) {}

  private get table() {
    return this.dynamo.tableName;
  }

  async get(workspaceId: string, id: string): Promise<PersonaRecord | null> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand(getPersonaParams(this.table, workspaceId, id)),
    );
    return item ? personaFromItem(item) : null;
  }

  async getMany(workspaceId: string, ids: readonly string[]): Promise<Map<string, PersonaRecord>> {
    const items = await batchGet(
      this.dynamo,
      [...new Set(ids)].map((id) => personaKey(workspaceId, id)),
    );
    return new Map(items.map((item) => [String(item.id), personaFromItem(item)]));
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
        node: personaFromItem(item),
        cursor: encodeCursor({ sk: String(item.SK) }),
      })),
      hasNextPage: items.length > page.first,
    };
  }

  count(workspaceId: string): Promise<number> {
    const { Limit: _limit, ...params } = listPersonasParams(this.table, workspaceId, 1, null);
    return countQuery(this.dynamo, params);
  }

  async create(workspaceId: string, record: PersonaRecord): Promise<void> {
    try {
      await this.dynamo.doc.send(new PutCommand(putPersonaParams(this.table, workspaceId, record)));
    } catch (error) {
      if (isConditionFailed(error)) throw alreadyExists('Persona', record.id);
      throw sizeLimitError(error) ?? error;
    }
  }

  async update(
    workspaceId: string,
    id: string,
    change: { set: Partial<PersonaRecord>; expectedRevision: number | null; now: string },
  ): Promise<PersonaRecord> {
    try {
      const { Attributes } = await this.dynamo.doc.send(
        new UpdateCommand(
          updatePersonaParams(
            this.table,
            workspaceId,
            id,
            change.set,
            change.expectedRevision,
            change.now,
          ),
        ),
      );
      return personaFromItem(Attributes ?? {});
    } catch (error) {
      throw this.conditionError(error, id, change.expectedRevision);
    }
  }

  async delete(workspaceId: string, id: string, expectedRevision: number | null): Promise<void> {
    try {
      await this.dynamo.doc.send(
        new DeleteCommand(deletePersonaParams(this.table, workspaceId, id, expectedRevision)),
      );
    } catch (error) {
      throw this.conditionError(error, id, expectedRevision);
    }
  }

  private conditionError(error: unknown, id: string, expectedRevision: number | null): unknown {
    if (!isConditionFailed(error)) return sizeLimitError(error) ?? error;
    const current = conditionFailedItem(error);
    if (!current || expectedRevision === null) return notFound('Persona', id);
    return staleRevision('Persona', id, expectedRevision, Number(current.revision));
  }
}
