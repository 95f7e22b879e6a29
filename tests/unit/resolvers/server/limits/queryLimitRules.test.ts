import {
  buildSchema as buildSdlSchema,
  getIntrospectionQuery,
  parse,
  validate,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema } from '../../../../../resolvers/server/buildSchema';
import {
  QUERY_LIMITS,
  queryLimitRules,
} from '../../../../../resolvers/server/limits/queryLimitRules';

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

const limitErrors = (query: string, schema: GraphQLSchema = apiSchema): string[] =>
  validate(schema, parse(query), queryLimitRules).map((e) => e.message);

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

describe('Query limit rules', () => {
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
      expect(errors[0]).toContain('depth');
      expect(errors[0]).toContain(String(QUERY_LIMITS.maxDepth));
      expect(errors[0]).toContain(String(QUERY_LIMITS.maxDepth + 1));
    });

    it('follows named fragments', () => {
      const query = `{ node { ...Deep } } fragment Deep on Node { ${chain(QUERY_LIMITS.maxDepth)} }`;
      expect(limitErrors(query, treeSchema).join()).toContain('depth');
    });

    it('follows inline fragments', () => {
      const query = `{ node { ... on Node { ${chain(QUERY_LIMITS.maxDepth)} } } }`;
      expect(limitErrors(query, treeSchema).join()).toContain('depth');
    });
  });

  describe('aliases', () => {
    it(`passes with ${QUERY_LIMITS.maxAliases} aliases`, () => {
      expect(limitErrors(aliasedViewers(QUERY_LIMITS.maxAliases))).toEqual([]);
    });

    it('fails with one more, naming the limit', () => {
      const errors = limitErrors(aliasedViewers(QUERY_LIMITS.maxAliases + 1));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('aliases');
      expect(errors[0]).toContain(String(QUERY_LIMITS.maxAliases));
    });

    it('does not count an alias that repeats the field name', () => {
      const query = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 5 }, () => 'viewer: viewer { userId }').join(' ')} }`;
      expect(limitErrors(query)).toEqual([]);
    });

    it('counts aliases inside named fragments and inline fragments', () => {
      const half = Math.ceil((QUERY_LIMITS.maxAliases + 1) / 2);
      const aliases = Array.from({ length: half }, (_, i) => `u${i}: userId`).join(' ');
      const query = `{ viewer { ...Ids } viewer { ... on Viewer { ${aliases} } } }
        fragment Ids on Viewer { ${aliases} }`;
      expect(limitErrors(query).join()).toContain('aliases');
    });
  });

  describe('cost', () => {
    it('fails for a page of 100 maps with every touchpoint and pain point, naming the limit', () => {
      const errors = limitErrors(TOO_COSTLY);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('cost');
      expect(errors[0]).toContain(String(QUERY_LIMITS.maxCost));
    });

    it('follows named fragments', () => {
      const query = `{ journeyMaps(first: 100) { ...Page } }
        fragment Page on JourneyMapConnection {
          edges { node { stages { touchpoints { painPoints { id } } } } }
        }`;
      expect(limitErrors(query).join()).toContain('cost');
    });

    it('follows inline fragments', () => {
      const query = `{ journeyMaps(first: 100) { edges { node {
          ... on JourneyMap { stages { touchpoints { painPoints { id } } } }
        } } } }`;
      expect(limitErrors(query).join()).toContain('cost');
    });

    it('assumes the largest page when `first` is a variable', () => {
      const query = `query ($n: Int) { journeyMaps(first: $n) {
          edges { node { stages { touchpoints { painPoints { id } } } } } } }`;
      expect(limitErrors(query).join()).toContain('cost');
    });

    it('scales with `first`: the same selection passes for a small page', () => {
      expect(limitErrors(TOO_COSTLY.replace('first: 100', 'first: 2'))).toEqual([]);
    });

    it('charges a read per listed map for fields that read the map, even without nested lists', () => {
      const summaries = (first: number) =>
        `{ journeyMaps(first: ${first}) { edges { node { emotionCurve { averageEmotion } improvementCounts { total } latestVersion { number } } } } }`;
      expect(limitErrors(summaries(100))).toEqual([expect.stringContaining('estimated cost')]);
      expect(limitErrors(summaries(20))).toEqual([]);
    });

    it('estimates a connection without `first` like `first: 20`, its default', () => {
      const page = (args: string) =>
        `{ journeyMaps${args} { edges { node { ${HEAVY_MAP_FIELDS} } } } }`;
      const withDefault = limitErrors(page('(first: 20)'));
      expect(withDefault.join()).toContain('cost');
      expect(limitErrors(page(''))).toEqual(withDefault);
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
      ).toContain('cost');
    });
  });
});
