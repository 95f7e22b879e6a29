/**
 * The query limits as a client meets them: the document is parsed and
 * validated as the Lambda handler does (parseWithinLimits, then
 * validateWithinLimits with graphql-js's own rules), and only the messages of
 * the limits are looked at.
 */
import {
  buildSchema as buildSdlSchema,
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
} from 'graphql';
import { DEMO_MAP_QUERY } from '../../../../../functions/demoMapQuery';
import { buildSchema } from '../../../../../resolvers/server/buildSchema';
import { parseWithinLimits } from '../../../../../resolvers/server/limits/parseWithinLimits';
import { queryLimitRules } from '../../../../../resolvers/server/limits/queryLimitRules';
import { QUERY_LIMITS } from '../../../../../resolvers/server/limits/queryLimits';
import { storageReadsOf } from '../../../../../resolvers/server/limits/storageReads';
import { validateWithinLimits } from '../../../../../resolvers/server/limits/validateWithinLimits';

const apiSchema = buildSchema();

/** A schema with a cycle, since the API's own types nest at most 7 levels deep. */
const treeSchema = buildSdlSchema(/* GraphQL */ `
  type Query {
    node: Node
  }
  type Node {
    id: ID
    child: Node
  }
`);

/** The messages of the limits an operation crosses (the limit rules alone). */
const limitErrors = (query: string, schema: GraphQLSchema = apiSchema): string[] =>
  validate(schema, parse(query), queryLimitRules).map((e) => e.message);

/** What the handler answers: a refusal while parsing, or every validation error (limits first). */
function handlerErrors(query: string, schema: GraphQLSchema = apiSchema): string[] {
  try {
    return validateWithinLimits(schema, parseWithinLimits(query), specifiedRules).map(
      (e) => e.message,
    );
  } catch (error) {
    return [(error as Error).message];
  }
}

const reads = (query: string) => storageReadsOf(apiSchema, parse(query));

/** `child { child { … id } }`, `levels` fields deep (`id` included). */
const chain = (levels: number): string => (levels <= 1 ? 'id' : `child { ${chain(levels - 1)} }`);

/** `{ node { child { … id } } }`, `depth` fields deep in all. */
const nested = (depth: number): string => `{ node { ${chain(depth - 1)} } }`;

const aliasedViewers = (count: number): string =>
  `{ ${Array.from({ length: count }, (_, i) => `v${i}: viewer { userId }`).join(' ')} }`;

const FULL_MAP = /* GraphQL */ `
  query FullMap($id: ID!) {
    journeyMap(id: $id) {
      id
      title
      description
      state
      status
      scope {
        objective
        perimeter
        segment
        horizon
        stakeholders
      }
      owner
      tags
      personas {
        id
        name
        goals
        frustrations
        preferredChannels
        quote
      }
      emotionCurve {
        stageId
        stageName
        averageEmotion
        emotionColor
      }
      stages {
        id
        name
        position
        averageEmotion
        emotionColor
        touchpoints {
          id
          name
          channel
          mode
          actions
          thoughts
          emotionScore
          emotionColor
          isMomentOfTruth
          position
          painPoints {
            id
            description
            severity
            evidence
          }
        }
        kpis {
          id
          name
          type
          baseline
          target
          current
          targetReached
          history {
            value
            measuredAt
            source
          }
        }
      }
      reviewCadenceDays
      nextReviewAt
      revision
    }
  }
`;

/** Every part of a map, twice (aliased): about 4,400 in estimated cost per map. */
const HEAVY_MAP_FIELDS = /* GraphQL */ `
  a: stages {
    touchpoints { painPoints { id } }
    kpis { history { value } }
  }
  b: stages {
    touchpoints { painPoints { id } }
    kpis { history { value } }
  }
`;

const TOO_COSTLY = /* GraphQL */ `
  {
    journeyMaps(first: 100) {
      edges {
        node {
          stages {
            touchpoints {
              painPoints {
                id
              }
            }
          }
        }
      }
    }
  }
`;

describe('Query limits', () => {
  describe('a normal query', () => {
    it('passes: a whole map with every part', () => {
      expect(limitErrors(FULL_MAP)).toEqual([]);
    });

    it('passes: a page of maps with their headers', () => {
      expect(
        limitErrors(`{ journeyMaps(first: 100) { edges { cursor node { id title status tags } }
          pageInfo { hasNextPage endCursor } totalCount } }`),
      ).toEqual([]);
    });

    it('passes: who am I', () => {
      expect(limitErrors('{ viewer { userId workspaceId role } }')).toEqual([]);
    });
  });

  describe('depth', () => {
    it(`passes at the limit (${QUERY_LIMITS.maxDepth})`, () => {
      expect(limitErrors(nested(QUERY_LIMITS.maxDepth), treeSchema)).toEqual([]);
    });

    it('fails one level deeper, naming the limit', () => {
      const errors = limitErrors(nested(QUERY_LIMITS.maxDepth + 1), treeSchema);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBe(
        `Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded, found ${QUERY_LIMITS.maxDepth + 1}.`,
      );
    });

    it('follows named fragments', () => {
      const query = `{ node { ...Deep } } fragment Deep on Node { ${chain(QUERY_LIMITS.maxDepth)} }`;
      expect(limitErrors(query, treeSchema).join()).toContain('depth limit');
    });

    it('follows inline fragments', () => {
      const query = `{ node { ... on Node { ${chain(QUERY_LIMITS.maxDepth)} } } }`;
      expect(limitErrors(query, treeSchema).join()).toContain('depth limit');
    });
  });

  describe('aliases', () => {
    it(`passes with ${QUERY_LIMITS.maxAliases} aliases`, () => {
      expect(limitErrors(aliasedViewers(QUERY_LIMITS.maxAliases))).toEqual([]);
    });

    it('fails with one more, naming the limit', () => {
      const errors = limitErrors(aliasedViewers(QUERY_LIMITS.maxAliases + 1));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBe(
        `Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${QUERY_LIMITS.maxAliases + 1}.`,
      );
    });

    it('does not count aliases of __typename (clients add them to tell types apart)', () => {
      const query = `{ viewer { ${Array.from({ length: QUERY_LIMITS.maxAliases + 5 }, (_, i) => `t${i}: __typename`).join(' ')} } }`;
      expect(limitErrors(query)).toEqual([]);
    });

    it('counts aliases inside named fragments and inline fragments', () => {
      const half = Math.ceil((QUERY_LIMITS.maxAliases + 1) / 2);
      const aliases = Array.from({ length: half }, (_, i) => `u${i}: userId`).join(' ');
      const query = `{ viewer { ...Ids } viewer { ... on Viewer { ${aliases} } } }
        fragment Ids on Viewer { ${aliases} }`;
      expect(limitErrors(query).join()).toContain('Aliases limit');
    });
  });

  describe('storage reads', () => {
    it('fails for a page of 100 maps with every touchpoint and pain point, naming the limit', () => {
      const errors = limitErrors(TOO_COSTLY);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('101 storage reads');
      expect(errors[0]).toContain(String(QUERY_LIMITS.maxStorageReads));
    });

    it("fails for the README's example, a page of 100 maps with their stages' ids (101 reads)", () => {
      const query = '{ journeyMaps(first: 100) { edges { node { stages { id } } } } }';
      expect(reads(query)).toEqual([101]);
      expect(limitErrors(query)).toEqual([expect.stringContaining('storage reads')]);
    });

    it(`passes for a page of ${QUERY_LIMITS.maxStorageReads - 1} maps with their stages`, () => {
      const first = QUERY_LIMITS.maxStorageReads - 1;
      const query = `{ journeyMaps(first: ${first}) { edges { node { stages { id } } } } }`;
      expect(reads(query)).toEqual([QUERY_LIMITS.maxStorageReads]);
      expect(limitErrors(query)).toEqual([]);
    });

    it('counts a read per top-level field, and none for `viewer`', () => {
      expect(reads('{ viewer { role } }')).toEqual([0]);
      // The map, and its parts from the same read of the map (the personas' batch is not counted).
      expect(reads(FULL_MAP)).toEqual([2]);
      expect(
        reads('{ a: journeyMaps { edges { cursor } } b: personas { edges { cursor } } }'),
      ).toEqual([2]);
    });

    it("shares one read among a listed map's fields that read the same map", () => {
      expect(
        reads(
          '{ journeyMaps(first: 10) { edges { node { stages { id } emotionCurve { stageId } improvementCounts { total } } } } }',
        ),
      ).toEqual([11]);
      expect(
        reads(
          '{ journeyMaps(first: 10) { edges { node { stages { id } latestVersion { number } } } } }',
        ),
      ).toEqual([21]);
    });

    it('counts the count query of `totalCount` once per connection, not per item', () => {
      expect(reads('{ journeyMaps(first: 100) { totalCount edges { node { id } } } }')).toEqual([
        2,
      ]);
    });

    it('follows named fragments', () => {
      const query = `{ journeyMaps(first: 100) { ...Page } }
        fragment Page on JourneyMapConnection {
          edges { node { stages { touchpoints { painPoints { id } } } } }
        }`;
      expect(limitErrors(query).join()).toContain('storage reads');
    });

    it('follows inline fragments', () => {
      const query = `{ journeyMaps(first: 100) { edges { node {
          ... on JourneyMap { stages { touchpoints { painPoints { id } } } }
        } } } }`;
      expect(limitErrors(query).join()).toContain('storage reads');
    });

    it('assumes the largest page when `first` is a variable', () => {
      const query = `query ($n: Int) { journeyMaps(first: $n) {
          edges { node { stages { touchpoints { painPoints { id } } } } } } }`;
      expect(reads(query)).toEqual([1 + QUERY_LIMITS.variablePageSize]);
      expect(limitErrors(query).join()).toContain('storage reads');
    });

    it('scales with `first`: the same selection passes for a small page', () => {
      expect(limitErrors(TOO_COSTLY.replace('first: 100', 'first: 2'))).toEqual([]);
    });

    it('charges a read per listed map for fields that read the map, even without nested lists', () => {
      const summaries = (first: number) =>
        `{ journeyMaps(first: ${first}) { edges { node { emotionCurve { averageEmotion } improvementCounts { total } latestVersion { number } } } } }`;
      expect(limitErrors(summaries(100))).toEqual([expect.stringContaining('storage reads')]);
      expect(reads(summaries(20))).toEqual([41]);
      expect(limitErrors(summaries(20))).toEqual([]);
    });

    it('estimates a connection without `first` like `first: 20`, its default', () => {
      const page = (args: string) =>
        `{ journeyMaps${args} { edges { node { ${HEAVY_MAP_FIELDS} } } } }`;
      expect(reads(page(''))).toEqual(reads(page('(first: 20)')));
      expect(reads(page(''))).toEqual([1 + 20 * 1]);
    });

    it("multiplies a version's map by the assumed length of a plain list (10)", () => {
      expect(reads(`query($id: ID!) { journeyMap(id: $id) { versions { map { id } } } }`)).toEqual([
        1 + 1 + QUERY_LIMITS.defaultListSize,
      ]);
    });
  });

  describe('cost (graphql-armor)', () => {
    it('fails for a huge literal page, naming the limit', () => {
      const errors = limitErrors('{ journeyMaps(first: 1000000) { edges { node { id } } } }');
      expect(errors).toEqual([expect.stringContaining(`Cost limit of ${QUERY_LIMITS.maxCost}`)]);
    });

    it('passes for a page of 100 maps with a dozen header fields', () => {
      const fields =
        'id title description state status owner tags reviewCadenceDays nextReviewAt revision createdAt updatedAt';
      expect(
        limitErrors(
          `{ journeyMaps(first: 100) { edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } totalCount } }`,
        ),
      ).toEqual([]);
    });
  });

  describe('directives', () => {
    const directives = (count: number) =>
      `{ viewer { role ${Array.from({ length: count }, () => '@include(if: true)').join(' ')} } }`;

    it(`passes with ${QUERY_LIMITS.maxDirectives}`, () => {
      expect(limitErrors(directives(QUERY_LIMITS.maxDirectives))).toEqual([]);
    });

    it('fails with one more, naming the limit', () => {
      expect(limitErrors(directives(QUERY_LIMITS.maxDirectives + 1))).toEqual([
        expect.stringContaining(`Directives limit of ${QUERY_LIMITS.maxDirectives}`),
      ]);
    });
  });

  describe('fields repeated at one place (what graphql-js compares pairwise)', () => {
    const copies = (count: number) =>
      `{ ${Array.from({ length: count }, () => 'viewer { role }').join(' ')} }`;

    it('passes for a field asked by a few fragments at once', () => {
      const query = `{ viewer { ...A ...B ...C role } } fragment A on Viewer { role userId }
        fragment B on Viewer { role } fragment C on Viewer { role workspaceId }`;
      expect(limitErrors(query)).toEqual([]);
    });

    it('fails when the pairs of repeated fields pass the limit, before graphql-js compares them', () => {
      // 64 copies: 2,016 pairs of `viewer` and as many of `role`.
      const errors = handlerErrors(copies(64));
      expect(errors).toEqual([
        expect.stringContaining(`over the limit of ${QUERY_LIMITS.maxFieldMerges}`),
      ]);
      expect(limitErrors(copies(44))).toEqual([]);
    });

    it('counts fields brought by fragments as the response would merge them', () => {
      const spreads = Array.from({ length: 64 }, (_, i) => `...F${i}`).join(' ');
      const fragments = Array.from(
        { length: 64 },
        (_, i) => `fragment F${i} on Query { viewer { role } }`,
      ).join(' ');
      expect(limitErrors(`{ ${spreads} } ${fragments}`).join()).toContain('same place');
    });

    it(`fails for more than ${QUERY_LIMITS.maxExpandedFields} fields once fragments are expanded`, () => {
      const chain = Array.from(
        { length: 13 },
        (_, i) => `fragment F${i} on Viewer { role ...F${i + 1} ...F${i + 1} }`,
      ).join(' ');
      const errors = limitErrors(`{ viewer { ...F0 } } ${chain} fragment F13 on Viewer { role }`);
      expect(errors.join()).toContain(`more than ${QUERY_LIMITS.maxExpandedFields} fields`);
    });
  });

  describe('the document, before it is parsed', () => {
    it(`refuses more than ${QUERY_LIMITS.maxDocumentLength} characters without reading them`, () => {
      const query = `{ viewer { role } }${' '.repeat(QUERY_LIMITS.maxDocumentLength)}`;
      expect(handlerErrors(query)).toEqual([
        expect.stringContaining('characters long, over the limit'),
      ]);
    });

    it(`refuses more than ${QUERY_LIMITS.maxTokens} tokens`, () => {
      const query = `{ viewer { role ${'a '.repeat(QUERY_LIMITS.maxTokens)}} }`;
      expect(handlerErrors(query)).toEqual([
        expect.stringContaining(`more than ${QUERY_LIMITS.maxTokens} tokens`),
      ]);
    });

    it(`refuses nesting deeper than ${QUERY_LIMITS.maxNesting} levels, which the parser would recurse into`, () => {
      const list = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
      const query = (levels: number) =>
        `{ journeyMaps(filter: { tags: ${list(levels)} }) { totalCount } }`;
      expect(handlerErrors(query(QUERY_LIMITS.maxNesting))).toEqual([
        expect.stringContaining(`nests more than ${QUERY_LIMITS.maxNesting} levels`),
      ]);
      expect(handlerErrors(query(QUERY_LIMITS.maxNesting - 4)).join()).not.toContain('nests');
    });

    it('reports a syntax error as graphql-js does', () => {
      expect(handlerErrors('{ viewer { role }')).toEqual([expect.stringContaining('Syntax Error')]);
    });
  });

  describe('with graphql-js', () => {
    it('lets graphql-js report a fragment cycle through fields, the limits not crashing first', () => {
      const query = `query ($id: ID!) { journeyMap(id: $id) { ...M } }
        fragment M on JourneyMap { id improvements { edges { node { map { ...M } } } } }`;
      expect(() => limitErrors(query)).not.toThrow();
      expect(handlerErrors(query).join()).toMatch(/Cannot spread fragment "M" within itself/);
    });

    it("answers only the limits crossed, without running graphql-js's rules", () => {
      const errors = handlerErrors(TOO_COSTLY.replace('{', '{ unknownField'));
      expect(errors).toEqual([expect.stringContaining('storage reads')]);
    });

    it("accepts the demo query, the documented whole map and graphql-js's introspection query", () => {
      expect(handlerErrors(DEMO_MAP_QUERY)).toEqual([]);
      expect(handlerErrors(FULL_MAP)).toEqual([]);
      expect(handlerErrors(getIntrospectionQuery())).toEqual([]);
      // GraphiQL's and Apollo Sandbox's, with every option on.
      const everything = getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      });
      expect(handlerErrors(everything)).toEqual([]);
    });
  });

  describe('introspection', () => {
    it('is not counted: the standard introspection query passes', () => {
      expect(limitErrors(getIntrospectionQuery())).toEqual([]);
    });

    it('is not counted even when deeper and more aliased than any limit allows', () => {
      const ofTypes = (levels: number): string =>
        levels <= 1 ? 'name' : `ofType { ${ofTypes(levels - 1)} }`;
      const deep = `{ __schema { types { fields { type { ${ofTypes(QUERY_LIMITS.maxDepth)} } } } } }`;
      expect(limitErrors(deep)).toEqual([]);
      const aliased = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
      expect(limitErrors(aliased)).toEqual([]);
    });

    it('does not hide the cost of the rest of the operation', () => {
      expect(
        limitErrors(TOO_COSTLY.replace('journeyMaps', '__typename journeyMaps')).join(),
      ).toContain('storage reads');
    });
  });
});
