/**
 * What the request log (requestLog.ts) says about a request that only the
 * layers inside the handler know: who called (noted when the context is made)
 * and which operation ran (noted by the root fields' resolvers). The request
 * log opens one record per request (`recordRequestFacts`); the notes find it
 * through the request's async context, so nothing is threaded through the
 * GraphQL handler.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../../domain/context/viewer';

/** One request's facts, filled in as it goes. */
export interface RequestFacts {
  workspaceId?: string;
  role?: string;
  /** `query` or `mutation`, once a root field ran. */
  operationType?: string;
  /** The operation's name as the document gives it (a GraphQL name), if any. */
  operationName?: string;
  /** The root fields that ran (`journeyMap`, `addTouchpoint`…), each once. */
  fields: string[];
}

const current = new AsyncLocalStorage<RequestFacts>();

/** Runs `work` with `facts` as the record its notes go to. */
export function recordRequestFacts<T>(facts: RequestFacts, work: () => Promise<T>): Promise<T> {
  return current.run(facts, work);
}

/** Notes the verified caller (its workspace and role; never its token). */
export function noteViewer(viewer: Viewer): void {
  const facts = current.getStore();
  if (!facts) return;
  facts.workspaceId = viewer.workspaceId;
  facts.role = viewer.role;
}

/**
 * Notes the operation of a request that is not GraphQL (a picture route):
 * `name` must come from the code, never from the request, as it becomes a
 * metric dimension.
 */
export function noteOperation(name: string): void {
  const facts = current.getStore();
  if (facts && !facts.fields.includes(name)) facts.fields.push(name);
}

/** Longer operation names are cut: a name is a label, not a place to put data. */
const MAX_NAME_LENGTH = 100;

/**
 * Wraps every root field of the schema so that running it notes the field and
 * its operation (mutates and returns the schema, as enforceRoles does). Only
 * fields that exist and passed validation run, so the names are the schema's.
 */
export function noteRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const facts = current.getStore();
        if (facts) {
          if (!facts.fields.includes(info.fieldName)) facts.fields.push(info.fieldName);
          facts.operationType = info.operation.operation;
          const name = info.operation.name?.value;
          if (name) facts.operationName = name.slice(0, MAX_NAME_LENGTH);
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}
