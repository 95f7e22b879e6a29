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

const nameNode = (value: string) => ({ kind: Kind.NAME, value });

/**
 * One node per distinct type reference (`ID!` alone is typed hundreds of
 * times): graphql-js never changes a syntax tree, so places may share one.
 */
const typeNodes = new Map<string, TypeNode>();
function sharedTypeNode(reference: string): TypeNode {
  let node = typeNodes.get(reference);
  if (!node) typeNodes.set(reference, (node = typeNode(reference)));
  return node;
}

/**
 * Inflates a node in place. Note: in place, on the objects JSON.parse just
 * made, because a copy of every node cost a cold start twice as much.
 */
function inflate(node: Record<string, unknown>): void {
  for (const key in node) {
    const value = node[key];
    if (typeof value === 'string') {
      if (key === 'name') node[key] = nameNode(value);
      else if (key === 'type') node[key] = sharedTypeNode(value);
    } else if (Array.isArray(value)) {
      if (key === 'locations') node[key] = value.map((location: string) => nameNode(location));
      else for (const item of value) inflate(item as Record<string, unknown>);
    } else if (value !== null && typeof value === 'object') {
      inflate(value as Record<string, unknown>);
    }
  }
}

/** The DocumentNode of a tree in compact form, freshly JSON-parsed (it is inflated in place). */
export function inflateDocument(compact: unknown): DocumentNode {
  if (
    !compact ||
    typeof compact !== 'object' ||
    (compact as { kind?: unknown }).kind !== Kind.DOCUMENT
  ) {
    throw new Error('Not a compact syntax tree of a GraphQL document');
  }
  inflate(compact as Record<string, unknown>);
  return compact as DocumentNode;
}
