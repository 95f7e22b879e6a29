/**
 * graphql-js's `parse`, guarded: a document longer than the limit is refused
 * without being read, and one with too many tokens or nested too deeply is
 * refused after a single pass of the lexer (linear, no recursion), before the
 * parser (which recurses once per nesting level) and the validation rules see
 * it. Refusals are syntax errors, which the API answers as
 * GRAPHQL_VALIDATION_FAILED like any document that does not parse.
 */
import {
  GraphQLError,
  Lexer,
  parse,
  Source,
  TokenKind,
  type DocumentNode,
  type ParseOptions,
} from 'graphql';
import { QUERY_LIMITS } from './queryLimits';

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

const refused = (message: string) => new GraphQLError(`Syntax Error: ${message}`);

/** Counts the tokens and the deepest nesting of `source`, stopping at the first limit crossed. */
function checkTokens(source: Source): void {
  const limits = QUERY_LIMITS;
  const lexer = new Lexer(source);
  let tokens = 0;
  let nesting = 0;
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    if (++tokens > limits.maxTokens) {
      throw refused(`The document has more than ${limits.maxTokens} tokens, the limit.`);
    }
    if (OPENING.has(token.kind) && ++nesting > limits.maxNesting) {
      throw refused(`The document nests more than ${limits.maxNesting} levels, the limit.`);
    }
    if (CLOSING.has(token.kind)) nesting--;
  }
}

/** Parses a GraphQL document within QUERY_LIMITS (a `parse` for graphql-http). */
export function parseWithinLimits(text: string | Source, options?: ParseOptions): DocumentNode {
  const limits = QUERY_LIMITS;
  const source = typeof text === 'string' ? new Source(text) : text;
  if (source.body.length > limits.maxDocumentLength) {
    throw refused(
      `The document is ${source.body.length} characters long, over the limit of ${limits.maxDocumentLength}.`,
    );
  }
  checkTokens(source);
  return parse(source, { ...options, maxTokens: limits.maxTokens });
}
