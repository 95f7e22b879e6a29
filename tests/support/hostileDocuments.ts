/**
 * GraphQL documents written to hurt a server: cycles, fan-out, depth, width,
 * aliases, directives, tokens, huge pages. Each names the limit that must stop
 * it (resolvers/server/limits/queryLimits.ts), so a test can check that the
 * right limit answered, and that nothing ran.
 *
 * They use the API's own cycle of types: a map's backlog lists improvements,
 * and each improvement has its map (JourneyMap → improvements → edges → node
 * → map → JourneyMap).
 */

export interface HostileDocument {
  /** The class of attack, as the report groups them. */
  kind: string;
  name: string;
  query: string;
  /** What the refusal's message must mention (a limit's words). */
  refusedFor: RegExp;
}

import { Lexer, Source, TokenKind } from 'graphql';
import { QUERY_LIMITS } from '../../resolvers/server/limits/queryLimits';

const MAP_ID = '01J7B05SM0DEM0MP0000000001';

/** The tokens of a document and its deepest nesting of brackets, as the parser's guard counts them. */
function lexicalSize(query: string): { tokens: number; nesting: number } {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let nesting = 0;
  let deepest = 0;
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    tokens++;
    if ([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L].includes(token.kind)) {
      deepest = Math.max(deepest, ++nesting);
    }
    if ([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R].includes(token.kind)) nesting--;
  }
  return { tokens, nesting: deepest };
}

/**
 * The refusal a document must get: from the guard before parsing when it is
 * too long, has too many tokens or nests too deeply (checked in that order),
 * else from `rule`.
 */
function refusal(query: string, rule: RegExp): RegExp {
  if (query.length > QUERY_LIMITS.maxDocumentLength) return /characters long, over the limit/;
  const { tokens, nesting } = lexicalSize(query);
  if (tokens > QUERY_LIMITS.maxTokens) return /more than \d+ tokens/;
  if (nesting > QUERY_LIMITS.maxNesting) return /nests more than \d+ levels/;
  return rule;
}

/** A hostile document, refused for `rule` unless the guard before parsing refuses it first. */
const hostile = (kind: string, name: string, query: string, rule: RegExp): HostileDocument => ({
  kind,
  name,
  query,
  refusedFor: refusal(query, rule),
});

/** `count` copies of `make(i)`, space-separated. */
const times = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');

/** A fragment cycle through fields: M spreads itself under improvements → map. */
export const cycleThroughFields = (): HostileDocument =>
  hostile(
    'fragment cycle through fields',
    'M → improvements → map → M',
    `query { journeyMap(id: "${MAP_ID}") { ...M } }
    fragment M on JourneyMap { id improvements { edges { node { map { ...M } } } } }`,
    /Cannot spread fragment "M" within itself/,
  );

/** A cycle of `length` fragments, each reaching the next through fields. */
export const longCycle = (length: number): HostileDocument =>
  hostile(
    'fragment cycle through fields',
    `cycle of ${length} fragments`,
    `query { journeyMap(id: "${MAP_ID}") { ...C0 } }
    ${times(length, (i) => `fragment C${i} on JourneyMap { title improvements { edges { node { map { ...C${(i + 1) % length} } } } } }`)}`,
    // Limits first: the cycle's depth or reads, counted until it closes.
    /depth limit|storage reads|Cost limit/,
  );

/** Many short cycles at once (each fragment spreads itself and the next twice). */
export const tangledCycles = (count: number): HostileDocument =>
  hostile(
    'fragment cycle through fields',
    `${count} tangled cycles`,
    `query { journeyMap(id: "${MAP_ID}") { ...T0 } }
    ${times(count, (i) => `fragment T${i} on JourneyMap { id latestVersion { map { ...T${i} ...T${(i + 1) % count} ...T${(i + 1) % count} } } }`)}`,
    /depth limit|storage reads|Cost limit|Cannot spread fragment/,
  );

/** A chain of `k` fragments on one type, each spreading the next twice: 2^k fields once expanded. */
export const fanOutChain = (k: number): HostileDocument =>
  hostile(
    'fragment fan-out chain',
    `k = ${k}, flat`,
    `query { journeyMap(id: "${MAP_ID}") { ...F0 } }
    ${times(k, (i) => `fragment F${i} on JourneyMap { title ...F${i + 1} ...F${i + 1} }`)}
    fragment F${k} on JourneyMap { id title }`,
    /Cost limit/,
  );

/** The same chain through fields that read storage per map: 2^k reads once expanded. */
export const fanOutChainThroughFields = (k: number): HostileDocument =>
  hostile(
    'fragment fan-out chain',
    `k = ${k}, through fields`,
    `query { journeyMaps(first: 2) { edges { node { ...G0 } } } }
    ${times(k, (i) => `fragment G${i} on JourneyMap { stages { id } a: latestVersion { map { ...G${i + 1} } } b: latestVersion { map { ...G${i + 1} } } }`)}
    fragment G${k} on JourneyMap { stages { id } }`,
    /depth limit/,
  );

/** Fields nested `levels` × 4 deep through the cycle, written out. */
export const deepNesting = (levels: number): HostileDocument =>
  hostile(
    'deep nesting',
    `${levels * 4} levels written out`,
    `query { journeyMap(id: "${MAP_ID}") { ${times(levels, () => 'improvements { edges { node { map {')} id ${times(levels, () => '} } } }')} } }`,
    /depth limit/,
  );

/** Depth reached through a chain of `length` fragments, each two levels deeper (no brace nesting). */
export const deepThroughFragments = (length: number): HostileDocument =>
  hostile(
    'deep nesting',
    `${length * 2} levels through ${length} fragments`,
    `query { journeyMap(id: "${MAP_ID}") { ...D0 } }
    ${times(length, (i) => `fragment D${i} on JourneyMap { latestVersion { map { ...D${i + 1} } } }`)}
    fragment D${length} on JourneyMap { id }`,
    /depth limit/,
  );

/** `count` aliases of a field that costs nothing to resolve. */
export const manyAliases = (count: number): HostileDocument =>
  hostile(
    'aliases',
    `${count} aliases`,
    `query { ${times(count, (i) => `a${i}: viewer { role }`)} }`,
    /Aliases limit/,
  );

/** `count` directives on one field. */
export const manyDirectives = (count: number): HostileDocument =>
  hostile(
    'directives',
    `${count} directives`,
    `query { viewer { role ${times(count, () => '@skip(if: false)')} } }`,
    /Directives limit/,
  );

/** `count` bare directives (2 tokens each). */
export const manyBareDirectives = (count: number): HostileDocument =>
  hostile(
    'directives',
    `${count} bare directives`,
    `query { viewer { role ${times(count, () => '@a')} } }`,
    /Directives limit/,
  );

/** A document of `count` tokens (`{ a a a … }`). */
export const manyTokens = (count: number): HostileDocument => {
  const query = `{ ${'a '.repeat(count - 2)}}`;
  return hostile(
    'tokens',
    `${count.toLocaleString('en')} tokens (${query.length.toLocaleString('en')} characters)`,
    query,
    /tokens/,
  );
};

/** The same field `count` times without aliases: graphql-js compares same-named fields pairwise. */
export const repeatedFields = (count: number): HostileDocument =>
  hostile(
    'repeated fields',
    `${count} copies of one field`,
    `query { ${times(count, () => 'journeyMaps { edges { node { id } } }')} }`,
    /same place/,
  );

/** Distinct fragments that each bring the same field to one place. */
export const repeatedThroughFragments = (count: number): HostileDocument =>
  hostile(
    'repeated fields',
    `${count} fragments bringing one field`,
    `query { ${times(count, (i) => `...R${i}`)} } ${times(count, (i) => `fragment R${i} on Query { viewer { role } }`)}`,
    /same place/,
  );

/** A page of `first` maps. */
export const hugePage = (first: number, selection = 'id'): HostileDocument =>
  hostile(
    'huge first',
    `journeyMaps(first: ${first.toLocaleString('en')}) { … ${selection} }`,
    `query { journeyMaps(first: ${first}) { edges { node { ${selection} } } } }`,
    /Cost limit|storage reads/,
  );

/** Every hostile document of the suite. */
export function hostileDocuments(): HostileDocument[] {
  return [
    cycleThroughFields(),
    longCycle(3),
    longCycle(40),
    tangledCycles(20),
    ...[10, 20, 30, 40].map(fanOutChain),
    ...[10, 20, 30, 40].map(fanOutChainThroughFields),
    deepNesting(4),
    deepNesting(100),
    deepThroughFragments(10),
    deepThroughFragments(150),
    deepThroughFragments(400),
    manyAliases(31),
    manyAliases(300),
    manyAliases(500),
    manyDirectives(51),
    manyDirectives(280),
    manyDirectives(1_000),
    manyBareDirectives(1_000),
    manyTokens(2_100),
    manyTokens(7_400),
    manyTokens(100_000),
    repeatedFields(40),
    repeatedFields(250),
    repeatedThroughFragments(64),
    repeatedThroughFragments(200),
    hugePage(1_000_000_000),
    hugePage(100, 'stages { id }'),
    hugePage(100, 'improvements(first: 100) { edges { node { stage { id } } } }'),
  ];
}
