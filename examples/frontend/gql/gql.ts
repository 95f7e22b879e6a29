/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment TouchpointScreenFields on Touchpoint {\n    id\n    entityId\n    stageId\n    name\n    channel\n    emotionScore\n    emotionColor\n    revision\n    updatedAt\n  }\n": typeof types.TouchpointScreenFieldsFragmentDoc,
    "\n  fragment MapFiguresFields on JourneyMap {\n    revision\n    updatedAt\n    emotionCurve {\n      stageId\n      stageName\n      averageEmotion\n      emotionColor\n    }\n    stages {\n      id\n      averageEmotion\n      emotionColor\n    }\n  }\n": typeof types.MapFiguresFieldsFragmentDoc,
    "\n  fragment MapScreenFields on JourneyMap {\n    id\n    entityId\n    version\n    title\n    ...MapFiguresFields\n    personas {\n      id\n      entityId\n      name\n    }\n    stages {\n      id\n      entityId\n      name\n      position\n      touchpoints {\n        ...TouchpointScreenFields\n      }\n    }\n  }\n": typeof types.MapScreenFieldsFragmentDoc,
    "\n  query MapScreen($id: ID!, $version: Int) {\n    journeyMap(id: $id, version: $version) {\n      ...MapScreenFields\n    }\n  }\n": typeof types.MapScreenDocument,
    "\n  mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {\n    updateTouchpoint(input: $input) {\n      touchpoint {\n        ...TouchpointScreenFields\n      }\n      journeyMap {\n        id\n        ...MapFiguresFields\n      }\n    }\n  }\n": typeof types.UpdateTouchpointDocument,
    "\n  query CompareVersions($mapId: ID!, $from: Int!, $to: Int) {\n    compareJourneyMapVersions(mapId: $mapId, from: $from, to: $to) {\n      from\n      to\n      touchpoints {\n        changed {\n          entityId\n          name\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      summary {\n        touchpointsChanged\n        averageEmotionBefore\n        averageEmotionAfter\n      }\n    }\n  }\n": typeof types.CompareVersionsDocument,
};
const documents: Documents = {
    "\n  fragment TouchpointScreenFields on Touchpoint {\n    id\n    entityId\n    stageId\n    name\n    channel\n    emotionScore\n    emotionColor\n    revision\n    updatedAt\n  }\n": types.TouchpointScreenFieldsFragmentDoc,
    "\n  fragment MapFiguresFields on JourneyMap {\n    revision\n    updatedAt\n    emotionCurve {\n      stageId\n      stageName\n      averageEmotion\n      emotionColor\n    }\n    stages {\n      id\n      averageEmotion\n      emotionColor\n    }\n  }\n": types.MapFiguresFieldsFragmentDoc,
    "\n  fragment MapScreenFields on JourneyMap {\n    id\n    entityId\n    version\n    title\n    ...MapFiguresFields\n    personas {\n      id\n      entityId\n      name\n    }\n    stages {\n      id\n      entityId\n      name\n      position\n      touchpoints {\n        ...TouchpointScreenFields\n      }\n    }\n  }\n": types.MapScreenFieldsFragmentDoc,
    "\n  query MapScreen($id: ID!, $version: Int) {\n    journeyMap(id: $id, version: $version) {\n      ...MapScreenFields\n    }\n  }\n": types.MapScreenDocument,
    "\n  mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {\n    updateTouchpoint(input: $input) {\n      touchpoint {\n        ...TouchpointScreenFields\n      }\n      journeyMap {\n        id\n        ...MapFiguresFields\n      }\n    }\n  }\n": types.UpdateTouchpointDocument,
    "\n  query CompareVersions($mapId: ID!, $from: Int!, $to: Int) {\n    compareJourneyMapVersions(mapId: $mapId, from: $from, to: $to) {\n      from\n      to\n      touchpoints {\n        changed {\n          entityId\n          name\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      summary {\n        touchpointsChanged\n        averageEmotionBefore\n        averageEmotionAfter\n      }\n    }\n  }\n": types.CompareVersionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TouchpointScreenFields on Touchpoint {\n    id\n    entityId\n    stageId\n    name\n    channel\n    emotionScore\n    emotionColor\n    revision\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TouchpointScreenFields on Touchpoint {\n    id\n    entityId\n    stageId\n    name\n    channel\n    emotionScore\n    emotionColor\n    revision\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapFiguresFields on JourneyMap {\n    revision\n    updatedAt\n    emotionCurve {\n      stageId\n      stageName\n      averageEmotion\n      emotionColor\n    }\n    stages {\n      id\n      averageEmotion\n      emotionColor\n    }\n  }\n"): (typeof documents)["\n  fragment MapFiguresFields on JourneyMap {\n    revision\n    updatedAt\n    emotionCurve {\n      stageId\n      stageName\n      averageEmotion\n      emotionColor\n    }\n    stages {\n      id\n      averageEmotion\n      emotionColor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapScreenFields on JourneyMap {\n    id\n    entityId\n    version\n    title\n    ...MapFiguresFields\n    personas {\n      id\n      entityId\n      name\n    }\n    stages {\n      id\n      entityId\n      name\n      position\n      touchpoints {\n        ...TouchpointScreenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MapScreenFields on JourneyMap {\n    id\n    entityId\n    version\n    title\n    ...MapFiguresFields\n    personas {\n      id\n      entityId\n      name\n    }\n    stages {\n      id\n      entityId\n      name\n      position\n      touchpoints {\n        ...TouchpointScreenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapScreen($id: ID!, $version: Int) {\n    journeyMap(id: $id, version: $version) {\n      ...MapScreenFields\n    }\n  }\n"): (typeof documents)["\n  query MapScreen($id: ID!, $version: Int) {\n    journeyMap(id: $id, version: $version) {\n      ...MapScreenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {\n    updateTouchpoint(input: $input) {\n      touchpoint {\n        ...TouchpointScreenFields\n      }\n      journeyMap {\n        id\n        ...MapFiguresFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {\n    updateTouchpoint(input: $input) {\n      touchpoint {\n        ...TouchpointScreenFields\n      }\n      journeyMap {\n        id\n        ...MapFiguresFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareVersions($mapId: ID!, $from: Int!, $to: Int) {\n    compareJourneyMapVersions(mapId: $mapId, from: $from, to: $to) {\n      from\n      to\n      touchpoints {\n        changed {\n          entityId\n          name\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      summary {\n        touchpointsChanged\n        averageEmotionBefore\n        averageEmotionAfter\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareVersions($mapId: ID!, $from: Int!, $to: Int) {\n    compareJourneyMapVersions(mapId: $mapId, from: $from, to: $to) {\n      from\n      to\n      touchpoints {\n        changed {\n          entityId\n          name\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      summary {\n        touchpointsChanged\n        averageEmotionBefore\n        averageEmotionAfter\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;