/**
 * The schema's syntax tree as the codegen plugin stores it
 * (infra/codegenTypeDefsPlugin.cjs, `compactSchemaJson`), back into the
 * DocumentNode graphql-js builds a schema from.
 *
 * Note: why not parse the SDL? At a cold start, graphql-js's parser runs
 * cold (interpreted) over every character: 46M instructions for the compact
 * SDL, against 9M for JSON.parse of the tree plus this walk. The compact form
 * keeps the tree's shape with three abbreviations, each undone here:
 * - every `name`, and each of a directive definition's `locations`, is a Name
 *   node, stored as its string;
 * - every `type` is a type reference, stored as SDL writes it (`[Stage!]!`);
 * - empty lists are left out (graphql-js reads a missing list as empty).
 */
import { Kind, type DocumentNode, type TypeNode } from 'graphql';

/** A type reference as SDL writes it, as a node. */
export function typeNode(reference: string): TypeNode {
  if (reference.endsWith('!')) {
    const inner = typeNode(reference.slice(0, -1));
    if (inner.kind === Kind.NON_NULL_TYPE) throw new Error(`Not a type reference: ${reference}`);
    return { kind: Kind.NON_NULL_TYPE, type: inner };
  }
  if (reference.startsWith('[')) {
    return { kind: Kind.LIST_TYPE, type: typeNode(reference.slice(1, -1)) };
  }
  return { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: reference } };
}

function inflate(value: unknown, key?: string): unknown {
  if (typeof value === 'string') {
    if (key === 'name') return { kind: Kind.NAME, value };
    if (key === 'type') return typeNode(value);
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => inflate(item, key === 'locations' ? 'name' : undefined));
  }
  if (value === null || typeof value !== 'object') return value;
  const node: Record<string, unknown> = {};
  for (const [field, content] of Object.entries(value)) node[field] = inflate(content, field);
  return node;
}

/** The DocumentNode of a tree in compact form (already JSON-parsed). */
export function inflateDocument(compact: unknown): DocumentNode {
  const document = inflate(compact);
  if (
    !document ||
    typeof document !== 'object' ||
    (document as { kind?: unknown }).kind !== Kind.DOCUMENT
  ) {
    throw new Error('Not a compact syntax tree of a GraphQL document');
  }
  return document as DocumentNode;
}
