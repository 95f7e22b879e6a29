/**
 * Parsed and validated documents, remembered by a warm container.
 *
 * Clients send the same few operations again and again (a screen's map
 * query, an integration's mutation); parsing and validating one costs a warm
 * map read about as much CPU as executing it. A document's validity depends
 * only on its text, the schema and the rules, which are fixed for a handler,
 * so a document that passed once passes again: the cache remembers the text's
 * document and that it passed. A text that does not parse is not remembered,
 * and a document that failed validation is validated afresh each time.
 *
 * Bounded by the characters of the texts it holds, least recently used first
 * out, so a container's memory stays flat whatever clients send.
 */
import type { DocumentNode, GraphQLError, GraphQLSchema, ParseOptions, Source } from 'graphql';

type Parse = (source: string | Source, options?: ParseOptions) => DocumentNode;
type Validate = (
  schema: GraphQLSchema,
  document: DocumentNode,
  // graphql-js's own parameter types; the cache passes them on untouched.
  ...rest: never[]
) => readonly GraphQLError[];

/** Limits of the cache. */
export interface DocumentCacheLimits {
  /** Total characters of the remembered texts. */
  maxCharacters: number;
}

const DEFAULT_LIMITS: DocumentCacheLimits = { maxCharacters: 1_000_000 };

/** A handler's parse and validate, each remembering what passed. */
export function createDocumentCache<P extends Parse, V extends Validate>(
  parse: P,
  validate: V,
  limits: DocumentCacheLimits = DEFAULT_LIMITS,
): { parse: P; validate: V; size(): number } {
  const documents = new Map<string, DocumentNode>();
  // The schema each document passed against (one per handler in practice).
  const valid = new WeakMap<DocumentNode, GraphQLSchema>();
  let characters = 0;

  const remember = (text: string, document: DocumentNode) => {
    if (text.length > limits.maxCharacters) return;
    documents.set(text, document);
    characters += text.length;
    for (const [oldest] of documents) {
      if (characters <= limits.maxCharacters) break;
      documents.delete(oldest);
      characters -= oldest.length;
    }
  };

  const cachedParse = ((source: string | Source, options?: ParseOptions) => {
    if (typeof source !== 'string' || options) return parse(source, options);
    const known = documents.get(source);
    if (known) {
      // Moved to the end: the most recently used.
      documents.delete(source);
      documents.set(source, known);
      return known;
    }
    const document = parse(source);
    remember(source, document);
    return document;
  }) as P;

  const cachedValidate = ((schema: GraphQLSchema, document: DocumentNode, ...rest: never[]) => {
    if (valid.get(document) === schema) return [];
    const errors = validate(schema, document, ...rest);
    if (errors.length === 0) valid.set(document, schema);
    return errors;
  }) as V;

  return { parse: cachedParse, validate: cachedValidate, size: () => documents.size };
}
