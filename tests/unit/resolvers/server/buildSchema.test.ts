import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  lexicographicSortSchema,
  parse,
  print,
  printSchema,
  validateSchema,
  visit,
} from 'graphql';
import {
  CHANNELS,
  CHANNEL_MODES,
  EMOTION_COLORS,
  KPI_DIRECTIONS,
  KPI_TYPES,
  MAP_STATES,
  MAP_STATUSES,
  MAP_TEMPLATES,
  ROLES,
  SEVERITIES,
} from '../../../../domain/shared/enums';
import { buildSchema } from '../../../../resolvers/server/buildSchema';

const schema = buildSchema({ validate: true });

/** The enums as CONTRACT.md lists them. */
const CONTRACT_ENUMS: Record<string, string> = {
  Channel:
    'WEBSITE, MOBILE_APP, EMAIL, SMS, SOCIAL_MEDIA, MESSAGING, SEARCH_ENGINE, ONLINE_ADS, ' +
    'MARKETPLACE, REVIEW_SITE, CHATBOT, LIVE_CHAT, WEBINAR, CUSTOMER_PORTAL, COMMUNITY, ' +
    'E_SIGNATURE, PHONE, STORE, EVENT, PRINT, PRESS, WORD_OF_MOUTH, SALES_MEETING, DELIVERY, ' +
    'ON_SITE_VISIT, OTHER_ONLINE, OTHER_OFFLINE',
  ChannelMode: 'ONLINE, OFFLINE',
  EmotionColor: 'GREEN, ORANGE, RED',
  Severity: 'LOW, MEDIUM, HIGH, CRITICAL',
  KpiType:
    'NPS, CSAT, CES, CONVERSION_RATE, CART_ABANDONMENT_RATE, CHURN_RATE, RETENTION_RATE, ' +
    'RENEWAL_RATE, ACTIVATION_RATE, REPURCHASE_RATE, AVERAGE_ORDER_VALUE, ' +
    'CUSTOMER_LIFETIME_VALUE, ACQUISITION_COST, RESOLUTION_TIME, RESPONSE_TIME, TRAFFIC, ' +
    'CLICK_THROUGH_RATE, CUSTOM',
  MapState: 'CURRENT, FUTURE',
  MapStatus: 'DRAFT, ACTIVE, ARCHIVED',
  MapTemplate: 'BLANK, FIVE_STAGES, FOUR_STAGES, EIGHT_STAGES, TEN_STAGES',
  Role: 'VIEWER, EDITOR, OWNER',
};

/** The types of the SDL itself: no introspection types, no built-in scalars. */
const ownTypes = (): GraphQLNamedType[] =>
  Object.values(schema.getTypeMap()).filter(
    (t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t),
  );

const blank = (description: string | null | undefined): boolean => !description?.trim();

/** Every element of the SDL that lacks a description, as `Type.field(arg)`. */
function undescribed(): string[] {
  const missing: string[] = [];
  for (const type of ownTypes()) {
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    if (blank(directive.description)) missing.push(`@${directive.name}`);
    for (const arg of directive.args) {
      if (blank(arg.description)) missing.push(`@${directive.name}(${arg.name})`);
    }
  }
  return missing;
}

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => v.name);
}

describe('The executable schema', () => {
  it('has queries and mutations', () => {
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(
      expect.arrayContaining(['viewer', 'persona', 'personas', 'journeyMap', 'journeyMaps']),
    );
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).length).toBeGreaterThan(0);
  });

  it('describes every type, field, argument, input field, enum value and directive', () => {
    expect(undescribed()).toEqual([]);
  });

  it('declares @requiresRole on every mutation', () => {
    const withoutRole = Object.values(schema.getMutationType()?.getFields() ?? {})
      .filter((f) => !f.astNode?.directives?.some((d) => d.name.value === 'requiresRole'))
      .map((f) => f.name);
    expect(withoutRole).toEqual([]);
  });

  it('gives every mutation one non-null `input` of type <Name>Input and a <Name>Payload', () => {
    const misnamed: string[] = [];
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const pascal = field.name[0]!.toUpperCase() + field.name.slice(1);
      const args = field.args.map((a) => `${a.name}: ${String(a.type)}`);
      if (args.join() !== `input: ${pascal}Input!`) misnamed.push(`${field.name}(${args.join()})`);
      if (String(field.type) !== `${pascal}Payload!`)
        misnamed.push(`${field.name}: ${String(field.type)}`);
    }
    expect(misnamed).toEqual([]);
  });

  describe('enums equal the vocabularies of domain/enums.ts', () => {
    it.each<[string, readonly string[]]>([
      ['Channel', CHANNELS],
      ['ChannelMode', CHANNEL_MODES],
      ['EmotionColor', EMOTION_COLORS],
      ['Severity', SEVERITIES],
      ['KpiType', KPI_TYPES],
      ['KpiDirection', KPI_DIRECTIONS],
      ['MapState', MAP_STATES],
      ['MapStatus', MAP_STATUSES],
      ['MapTemplate', MAP_TEMPLATES],
      ['Role', ROLES],
    ])('%s', (name, values) => {
      expect(enumValues(name)).toEqual([...values]);
    });
  });

  it.each(Object.entries(CONTRACT_ENUMS))('names the %s values of CONTRACT.md', (name, values) => {
    expect(enumValues(name)).toEqual(values.split(', '));
  });
});

describe('Building the schema', () => {
  it('gives a schema graphql-js finds valid, and the same one a cold start builds', () => {
    expect(validateSchema(schema)).toEqual([]);
    const fast = buildSchema();
    expect(Object.keys(fast.getTypeMap()).sort()).toEqual(Object.keys(schema.getTypeMap()).sort());
  });

  it('gives a deployed function the same schema, without descriptions', () => {
    const deployed = buildSchema({ validate: true, descriptions: false });
    expect(validateSchema(deployed)).toEqual([]);
    const withoutDescriptions = visit(parse(printSchema(lexicographicSortSchema(schema))), {
      enter: (node) => ('description' in node ? { ...node, description: undefined } : undefined),
    });
    expect(printSchema(lexicographicSortSchema(deployed))).toEqual(print(withoutDescriptions));
  });

  it('puts a resolver on every root field', () => {
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(type?.getFields() ?? {}))
        expect(field.resolve).toBeInstanceOf(Function);
    }
  });
});
