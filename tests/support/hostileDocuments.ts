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

const MAP_ID = '01J7B05SM0DEM0MP0000000001';

/** `count` copies of `make(i)`, space-separated. */
const times = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');

/** A fragment cycle through fields: M spreads itself under improvements → map. */
export const cycleThroughFields = (): HostileDocument => ({
  kind: 'fragment cycle through fields',
  name: 'M → improvements → map → M',
  query: `query { journeyMap(id: "${MAP_ID}") { ...M } }
    fragment M on JourneyMap { id improvements { edges { node { map { ...M } } } } }`,
  refusedFor: /spread itself|Cannot spread fragment/,
});

/** A cycle of `length` fragments, each reaching the next through fields. */
export const longCycle = (length: number): HostileDocument => ({
  kind: 'fragment cycle through fields',
  name: `cycle of ${length} fragments`,
  query: `query { journeyMap(id: "${MAP_ID}") { ...C0 } }
    ${times(length, (i) => `fragment C${i} on JourneyMap { title improvements { edges { node { map { ...C${(i + 1) % length} } } } } }`)}`,
  refusedFor: /spread itself|Cannot spread fragment|depth/,
});

/** Many short cycles at once (each fragment spreads itself and the next twice). */
export const tangledCycles = (count: number): HostileDocument => ({
  kind: 'fragment cycle through fields',
  name: `${count} tangled cycles`,
  query: `query { journeyMap(id: "${MAP_ID}") { ...T0 } }
    ${times(count, (i) => `fragment T${i} on JourneyMap { id latestVersion { map { ...T${i} ...T${(i + 1) % count} ...T${(i + 1) % count} } } }`)}`,
  refusedFor: /spread itself|Cannot spread fragment|depth/,
});

/** A chain of `k` fragments on one type, each spreading the next twice: 2^k fields once expanded. */
export const fanOutChain = (k: number): HostileDocument => ({
  kind: 'fragment fan-out chain',
  name: `k = ${k}, flat`,
  query: `query { journeyMap(id: "${MAP_ID}") { ...F0 } }
    ${times(k, (i) => `fragment F${i} on JourneyMap { title ...F${i + 1} ...F${i + 1} }`)}
    fragment F${k} on JourneyMap { id title }`,
  refusedFor: /Cost limit/,
});

/** The same chain through a field that reads storage per map: 2^k reads once expanded. */
export const fanOutChainThroughFields = (k: number): HostileDocument => ({
  kind: 'fragment fan-out chain',
  name: `k = ${k}, through fields`,
  query: `query { journeyMaps(first: 2) { edges { node { ...G0 } } } }
    ${times(k, (i) => `fragment G${i} on JourneyMap { stages { id } a: latestVersion { map { ...G${i + 1} } } b: latestVersion { map { ...G${i + 1} } } }`)}
    fragment G${k} on JourneyMap { stages { id } }`,
  refusedFor: /depth|Cost limit|storage reads|Aliases/,
});

/** Fields nested `levels` deep through the cycle, written out. */
export const deepNesting = (levels: number): HostileDocument => {
  const open = times(levels, () => 'improvements { edges { node { map {');
  const close = times(levels, () => '} } } }');
  return {
    kind: 'deep nesting',
    name: `${levels * 4} levels written out`,
    query: `query { journeyMap(id: "${MAP_ID}") { ${open} id ${close} } }`,
    refusedFor: levels * 4 + 2 > 64 ? /nests more than/ : /depth limit/,
  };
};

/** Depth reached through a chain of `length` fragments, each one level deeper (no brace nesting). */
export const deepThroughFragments = (length: number): HostileDocument => ({
  kind: 'deep nesting',
  name: `${length * 2} levels through ${length} fragments`,
  query: `query { journeyMap(id: "${MAP_ID}") { ...D0 } }
    ${times(length, (i) => `fragment D${i} on JourneyMap { latestVersion { map { ...D${i + 1} } } }`)}
    fragment D${length} on JourneyMap { id }`,
  refusedFor: /depth limit/,
});

/** `count` aliases of a field that costs nothing to resolve. */
export const manyAliases = (count: number): HostileDocument => ({
  kind: 'aliases',
  name: `${count} aliases`,
  query: `query { ${times(count, (i) => `a${i}: viewer { role }`)} }`,
  refusedFor: count * 5 > 2_000 ? /tokens/ : /Aliases limit/,
});

/** `count` directives on one field. */
export const manyDirectives = (count: number): HostileDocument => ({
  kind: 'directives',
  name: `${count} directives`,
  query: `query { viewer { role ${times(count, () => '@skip(if: false)')} } }`,
  refusedFor: count * 6 > 2_000 ? /tokens/ : /Directives limit/,
});

/** `count` bare directives (2 tokens each): past the token limit before any rule. */
export const manyBareDirectives = (count: number): HostileDocument => ({
  kind: 'directives',
  name: `${count} bare directives`,
  query: `query { viewer { role ${times(count, () => '@a')} } }`,
  refusedFor: /tokens/,
});

/** A document of about `count` tokens (`{ a a a … }`): too long, or too many tokens. */
export const manyTokens = (count: number): HostileDocument => {
  const query = `{ ${'a '.repeat(count - 2)}}`;
  return {
    kind: 'tokens',
    name: `${count.toLocaleString('en')} tokens (${query.length.toLocaleString('en')} characters)`,
    query,
    refusedFor: query.length > 15_000 ? /characters long/ : /tokens/,
  };
};

/** The same field `count` times without aliases: graphql-js compares same-named fields pairwise. */
export const repeatedFields = (count: number): HostileDocument => ({
  kind: 'width',
  name: `${count} copies of one field`,
  query: `query { ${times(count, () => 'journeyMaps { edges { node { id } } }')} }`,
  refusedFor: /Cost limit|storage reads|tokens/,
});

/** A page of `first` maps, each with its stages. */
export const hugePage = (first: number, selection = 'id'): HostileDocument => ({
  kind: 'huge first',
  name: `journeyMaps(first: ${first.toLocaleString('en')}) { … ${selection} }`,
  query: `query { journeyMaps(first: ${first}) { edges { node { ${selection} } } } }`,
  refusedFor: /Cost limit|storage reads/,
});

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
    deepThroughFragments(300),
    manyAliases(31),
    manyAliases(300),
    manyAliases(500),
    manyDirectives(51),
    manyDirectives(300),
    manyDirectives(1_000),
    manyBareDirectives(1_000),
    manyTokens(2_100),
    manyTokens(7_400),
    manyTokens(100_000),
    repeatedFields(100),
    repeatedFields(330),
    hugePage(1_000_000_000),
    hugePage(100, 'stages { id }'),
    hugePage(100, 'improvements(first: 100) { edges { node { stage { id } } } }'),
  ];
}
