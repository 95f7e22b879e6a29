/**
 * Every input of the API as the bad-input attack aims at it: each input
 * object type the schema uses as an argument, and the scalar arguments of each
 * root field. For each: its slots (fields or arguments, from the schema), the
 * domain parser that checks it (zod), the path its errors start at, a valid
 * base value, and a request that sends a value through the handler.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import * as z from 'zod';
import { createApiKeyInput, revokeApiKeyInput } from '../../../domain/apiKeys/apiKeyInputs';
import {
  createImprovementInput,
  deleteImprovementInput,
  improvementFilterInput,
  updateImprovementInput,
} from '../../../domain/backlog/improvementInputs';
import {
  addKpiInput,
  recordKpiMeasurementInput,
  recordKpiMeasurementsInput,
  removeKpiInput,
  updateKpiInput,
} from '../../../domain/kpis/kpiInputs';
import {
  createJourneyMapInput,
  deleteJourneyMapInput,
  journeyMapFilterInput,
  updateJourneyMapInput,
} from '../../../domain/maps/mapInputs';
import { CSV_SEPARATORS, CSV_TABLES } from '../../../domain/exchange/csvTables';
import { importJourneyMapInput } from '../../../domain/exchange/importJourneyMap';
import { nodeIdArg, nodeIdsArg } from '../../../domain/nodes/nodeInputs';
import { pageArgs } from '../../../domain/paging/pageInputs';
import {
  addPainPointInput,
  removePainPointInput,
  updatePainPointInput,
} from '../../../domain/painPoints/painPointInputs';
import {
  createPersonaInput,
  deletePersonaInput,
  updatePersonaInput,
} from '../../../domain/personas/personaInputs';
import { newId } from '../../../domain/shared/ids';
import {
  createShareLinkInput,
  revokeShareLinkInput,
  shareLinksArgs,
} from '../../../domain/shareLinks/shareLinkInputs';
import {
  addStageInput,
  moveStageInput,
  removeStageInput,
  updateStageInput,
} from '../../../domain/stages/stageInputs';
import {
  addTouchpointInput,
  moveTouchpointInput,
  removeTouchpointInput,
  updateTouchpointInput,
} from '../../../domain/touchpoints/touchpointInputs';
import * as field from '../../../domain/validation/fields';
import {
  compareVersionsArgs,
  duplicateMapInput,
  publishVersionInput,
  restoreVersionInput,
  versionArg,
} from '../../../domain/versions/versionInputs';
import type { InputSlot } from './badValues';
import {
  documentFor,
  requiredArgumentsOf,
  requiredFieldsOf,
  rootOperations,
  servedSchema,
  valueFor,
  type IdBook,
} from './schemaWalk';
import { shapeOf, type Shape } from './zodShape';

/** The domain's parser of each input object type the API takes (MapScopeInput is checked inside its maps). */
const INPUT_PARSERS: Record<string, z.ZodType> = {
  CreatePersonaInput: createPersonaInput,
  UpdatePersonaInput: updatePersonaInput,
  DeletePersonaInput: deletePersonaInput,
  CreateJourneyMapInput: createJourneyMapInput,
  UpdateJourneyMapInput: updateJourneyMapInput,
  DeleteJourneyMapInput: deleteJourneyMapInput,
  JourneyMapFilter: journeyMapFilterInput,
  AddStageInput: addStageInput,
  UpdateStageInput: updateStageInput,
  MoveStageInput: moveStageInput,
  RemoveStageInput: removeStageInput,
  AddTouchpointInput: addTouchpointInput,
  UpdateTouchpointInput: updateTouchpointInput,
  MoveTouchpointInput: moveTouchpointInput,
  RemoveTouchpointInput: removeTouchpointInput,
  AddPainPointInput: addPainPointInput,
  UpdatePainPointInput: updatePainPointInput,
  RemovePainPointInput: removePainPointInput,
  AddKpiInput: addKpiInput,
  UpdateKpiInput: updateKpiInput,
  RemoveKpiInput: removeKpiInput,
  RecordKpiMeasurementInput: recordKpiMeasurementInput,
  RecordKpiMeasurementsInput: recordKpiMeasurementsInput,
  CreateImprovementInput: createImprovementInput,
  UpdateImprovementInput: updateImprovementInput,
  DeleteImprovementInput: deleteImprovementInput,
  ImprovementFilter: improvementFilterInput,
  MapImprovementFilter: improvementFilterInput,
  PublishJourneyMapVersionInput: publishVersionInput,
  RestoreJourneyMapVersionInput: restoreVersionInput,
  DuplicateJourneyMapInput: duplicateMapInput,
  CreateApiKeyInput: createApiKeyInput,
  RevokeApiKeyInput: revokeApiKeyInput,
  ImportJourneyMapInput: importJourneyMapInput,
  CreateShareLinkInput: createShareLinkInput,
  RevokeShareLinkInput: revokeShareLinkInput,
};

/** How the resolvers check the scalar arguments of each root field (the others have none). */
const ARGUMENT_PARSERS: Record<string, z.ZodType> = {
  persona: z.object({ id: field.id() }),
  personas: pageArgs,
  journeyMap: z.object({ id: field.id(), version: versionArg }),
  journeyMaps: pageArgs,
  compareJourneyMapVersions: compareVersionsArgs,
  improvements: pageArgs,
  improvementMatrix: z.object({ mapId: field.id() }),
  apiKeys: pageArgs,
  exportJourneyMap: z.object({ id: field.id(), version: versionArg }),
  // Note: table and separator are GraphQL enums, refused by graphql-js before the resolver.
  exportJourneyMapCsv: z.object({
    id: field.id(),
    version: versionArg,
    table: z.enum(CSV_TABLES),
    separator: z.enum(CSV_SEPARATORS).nullish(),
  }),
  shareLinks: shareLinksArgs,
  node: z.object({ id: nodeIdArg }),
  nodes: z.object({ ids: nodeIdsArg }),
};

/** Input types used only below the root, with the document that reaches them. */
const NESTED_DOCUMENTS: Record<string, { document: string; required: (ids: IdBook) => object }> = {
  MapImprovementFilter: {
    document: `query Attack($id: ID!, $filter: MapImprovementFilter) {
      journeyMap(id: $id) { improvements(filter: $filter) { totalCount } }
    }`,
    required: (ids) => ({ id: ids.mapId }),
  },
};

export interface InputTarget {
  /** The input type, or `Query.<field>` for a root field's scalar arguments. */
  name: string;
  slots: InputSlot[];
  /** The domain parser's shape: where its limits are. */
  shape: Extract<Shape, { kind: 'object' }>;
  parser: z.ZodType;
  /** Where the errors' paths start: `['input']`, `['filter']`, or `[]` for arguments. */
  prefix: string[];
  /** An argument of a root field (checked before any read), not of a field below it. */
  atRoot: boolean;
  /** A value the domain accepts, with the workspace's ids. */
  base(ids: IdBook): Record<string, unknown>;
  /** The request that sends `value` through the handler. */
  request(
    value: Record<string, unknown>,
    ids: IdBook,
  ): { document: string; variables: Record<string, unknown> };
}

/** A valid value of a type, distinct per `name` (`tags#3`), for the other items of a list or fields of an object. */
export function validValue(ids: IdBook) {
  return (type: GraphQLInputType, name: string): unknown => {
    const index = Number(name.split('#')[1] ?? 0);
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [validValue(ids)(nullable.ofType, `${name}#0`)];
    if (isInputObjectType(nullable)) return requiredFieldsOf(nullable, ids);
    if (isEnumType(nullable)) {
      const values = nullable.getValues();
      return values[index % values.length]?.value;
    }
    if (nullable.name === 'ID' && name.includes('#')) return newId();
    if (nullable.name === 'String') return `ok ${index}`;
    return valueFor(type, name.split('#')[0] ?? name, '', ids);
  };
}

function objectShape(name: string, parser: z.ZodType) {
  const shape = shapeOf(parser);
  if (shape.kind !== 'object') throw new Error(`${name}: the parser is not an object`);
  return shape;
}

/** Every target of the schema; throws when an input has no domain parser. */
export function inputTargets(schema: GraphQLSchema = servedSchema): InputTarget[] {
  const targets: InputTarget[] = [];
  const operations = rootOperations(schema);
  const objectTypes = Object.values(schema.getTypeMap()).filter(isObjectType);

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
    const root = operations
      .flatMap((operation) => operation.field.args.map((arg) => ({ operation, arg })))
      .find(({ arg }) => getNamedType(arg.type) === type);
    const nested = objectTypes.some((t) =>
      Object.values(t.getFields()).some((f) => f.args.some((a) => getNamedType(a.type) === type)),
    );
    if (!root && !nested) continue; // only inside another input (MapScopeInput): attacked there
    const parser = INPUT_PARSERS[type.name];
    if (!parser) throw new Error(`No domain parser for the input type ${type.name}`);
    const argName = root?.arg.name ?? 'filter';
    const nestedDocument = NESTED_DOCUMENTS[type.name];
    if (!root && !nestedDocument) throw new Error(`No document reaches ${type.name}`);
    targets.push({
      name: type.name,
      slots: Object.values(type.getFields()),
      shape: objectShape(type.name, parser),
      parser,
      prefix: [argName],
      atRoot: Boolean(root),
      base: (ids) => requiredFieldsOf(type, ids),
      request: (value, ids) =>
        root
          ? {
              document: documentFor(root.operation, 0),
              variables: { ...requiredArgumentsOf(root.operation, ids), [argName]: value },
            }
          : {
              document: nestedDocument?.document ?? '',
              variables: { ...nestedDocument?.required(ids), [argName]: value },
            },
    });
  }

  for (const operation of operations) {
    const slots = operation.field.args.filter((a) => !isInputObjectType(getNamedType(a.type)));
    if (!slots.length) continue;
    const parser = ARGUMENT_PARSERS[operation.name];
    if (!parser) throw new Error(`No domain parser for the arguments of ${operation.name}`);
    targets.push({
      name: `${operation.kind === 'query' ? 'Query' : 'Mutation'}.${operation.name}`,
      slots,
      shape: objectShape(operation.name, parser),
      parser,
      prefix: [],
      atRoot: true,
      base: (ids) => requiredArgumentsOf(operation, ids),
      request: (value, ids) => ({
        document: documentFor(operation, 0),
        variables: { ...requiredArgumentsOf(operation, ids), ...value },
      }),
    });
  }
  return targets;
}
