/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Any JSON value: what the `JSON` scalar holds (a diff’s before and after, for instance). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A channel through which the customer meets the company. */
export type Channel =
  /** An automated chatbot. */
  | 'CHATBOT'
  /** An online community or forum. */
  | 'COMMUNITY'
  /** A customer portal or personal account area. */
  | 'CUSTOMER_PORTAL'
  /** Delivery and packaging. */
  | 'DELIVERY'
  /** Email, including newsletters and onboarding sequences. */
  | 'EMAIL'
  /** A trade show or event. */
  | 'EVENT'
  /** Electronic signature of a quote or contract. */
  | 'E_SIGNATURE'
  /** Live chat with a person. */
  | 'LIVE_CHAT'
  /** Marketplaces such as Amazon, Cdiscount, ManoMano. */
  | 'MARKETPLACE'
  /** Messaging apps: WhatsApp Business, Messenger, Instagram DM. */
  | 'MESSAGING'
  /** A mobile application, including in-app messages and notifications. */
  | 'MOBILE_APP'
  /** Online advertising: Google Ads, Meta Ads, LinkedIn Ads. */
  | 'ONLINE_ADS'
  /** An on-site visit. */
  | 'ON_SITE_VISIT'
  /** Any other offline channel. */
  | 'OTHER_OFFLINE'
  /** Any other online channel. */
  | 'OTHER_ONLINE'
  /** Phone or hotline. */
  | 'PHONE'
  /** Press and media coverage. */
  | 'PRESS'
  /** Printed material. */
  | 'PRINT'
  /** Review sites such as Trustpilot, G2, Capterra, Google reviews. */
  | 'REVIEW_SITE'
  /** A sales meeting or product demonstration. */
  | 'SALES_MEETING'
  /** Search engines and SEO content. */
  | 'SEARCH_ENGINE'
  /** Text messages. */
  | 'SMS'
  /** Social networks (LinkedIn, Instagram, TikTok…), organic or sponsored posts. */
  | 'SOCIAL_MEDIA'
  /** A physical store. */
  | 'STORE'
  /** A webinar or live online session. */
  | 'WEBINAR'
  /** The company's website. */
  | 'WEBSITE'
  /** Word of mouth and peer recommendation. */
  | 'WORD_OF_MOUTH';

/** Whether a touchpoint happens online or offline. */
export type ChannelMode =
  /** Physical or spoken: store, phone, event, print… */
  | 'OFFLINE'
  /** Digital: web, app, email, social… */
  | 'ONLINE';

/** The seed-004 colour code of the emotion curve. */
export type EmotionColor =
  /** Positive, fluid moment (score +1 or +2). */
  | 'GREEN'
  /** Neutral moment, or one that could be better (score 0). */
  | 'ORANGE'
  /** Major friction, a cause of abandonment or dissatisfaction (score −1 or −2). */
  | 'RED';

/** Changes to a touchpoint. Omitted fields are unchanged; `null` clears an optional field. */
export type UpdateTouchpointInput = {
  /** Replaces the list. */
  actions?: Array<string> | null | undefined;
  /** A new channel; the mode follows it unless `mode` is given. */
  channel?: Channel | null | undefined;
  /** Up to 5,000 characters. */
  description?: string | null | undefined;
  /** Minutes the customer typically spends here, 0–43,200 (30 days); null clears it. */
  durationMinutes?: number | null | undefined;
  /** An integer −2…+2, or null to clear. */
  emotionScore?: number | null | undefined;
  /** When set, the write happens only at this revision (else `CONFLICT`). */
  expectedRevision?: number | null | undefined;
  /** Whether this is a moment of truth. */
  isMomentOfTruth?: boolean | null | undefined;
  /** The touchpoint's map. */
  mapId: string | number;
  /** Online or offline. */
  mode?: ChannelMode | null | undefined;
  /** 1–200 characters. */
  name?: string | null | undefined;
  /** Up to 200 characters. */
  ownerTeam?: string | null | undefined;
  /** Replaces the list. */
  thoughts?: Array<string> | null | undefined;
  /** The touchpoint to change. */
  touchpointId: string | number;
};

export type TouchpointScreenFieldsFragment = { id: string, entityId: string, stageId: string, name: string, channel: Channel, emotionScore: number | null, emotionColor: EmotionColor | null, revision: number, updatedAt: string };

export type MapFiguresFieldsFragment = { revision: number, updatedAt: string, emotionCurve: Array<{ stageId: string, stageName: string, averageEmotion: number | null, emotionColor: EmotionColor | null }>, stages: Array<{ id: string, averageEmotion: number | null, emotionColor: EmotionColor | null }> };

export type MapScreenFieldsFragment = { id: string, entityId: string, version: number | null, title: string, revision: number, updatedAt: string, personas: Array<{ id: string, entityId: string, name: string }>, stages: Array<{ id: string, entityId: string, name: string, position: number, averageEmotion: number | null, emotionColor: EmotionColor | null, touchpoints: Array<{ id: string, entityId: string, stageId: string, name: string, channel: Channel, emotionScore: number | null, emotionColor: EmotionColor | null, revision: number, updatedAt: string }> }>, emotionCurve: Array<{ stageId: string, stageName: string, averageEmotion: number | null, emotionColor: EmotionColor | null }> };

export type MapScreenQueryVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type MapScreenQuery = { journeyMap: { id: string, entityId: string, version: number | null, title: string, revision: number, updatedAt: string, personas: Array<{ id: string, entityId: string, name: string }>, stages: Array<{ id: string, entityId: string, name: string, position: number, averageEmotion: number | null, emotionColor: EmotionColor | null, touchpoints: Array<{ id: string, entityId: string, stageId: string, name: string, channel: Channel, emotionScore: number | null, emotionColor: EmotionColor | null, revision: number, updatedAt: string }> }>, emotionCurve: Array<{ stageId: string, stageName: string, averageEmotion: number | null, emotionColor: EmotionColor | null }> } };

export type UpdateTouchpointMutationVariables = Exact<{
  input: UpdateTouchpointInput;
}>;


export type UpdateTouchpointMutation = { updateTouchpoint: { touchpoint: { id: string, entityId: string, stageId: string, name: string, channel: Channel, emotionScore: number | null, emotionColor: EmotionColor | null, revision: number, updatedAt: string }, journeyMap: { id: string, revision: number, updatedAt: string, emotionCurve: Array<{ stageId: string, stageName: string, averageEmotion: number | null, emotionColor: EmotionColor | null }>, stages: Array<{ id: string, averageEmotion: number | null, emotionColor: EmotionColor | null }> } } };

export type CompareVersionsQueryVariables = Exact<{
  mapId: string | number;
  from: number;
  to?: number | null | undefined;
}>;


export type CompareVersionsQuery = { compareJourneyMapVersions: { from: number, to: number | null, touchpoints: { changed: Array<{ entityId: string, name: string, changes: Array<{ field: string, before: JsonValue | null, after: JsonValue | null }> }> }, summary: { touchpointsChanged: number, averageEmotionBefore: number | null, averageEmotionAfter: number | null } } };

export const MapFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MapFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyMap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emotionCurve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotion"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotion"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}}]}}]}}]} as unknown as DocumentNode<MapFiguresFieldsFragment, unknown>;
export const TouchpointScreenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TouchpointScreenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Touchpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"emotionScore"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TouchpointScreenFieldsFragment, unknown>;
export const MapScreenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MapScreenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyMap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MapFiguresFields"}},{"kind":"Field","name":{"kind":"Name","value":"personas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TouchpointScreenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MapFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyMap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emotionCurve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotion"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotion"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TouchpointScreenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Touchpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"emotionScore"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MapScreenFieldsFragment, unknown>;
export const MapScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journeyMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MapScreenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MapFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyMap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emotionCurve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotion"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotion"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TouchpointScreenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Touchpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"emotionScore"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MapScreenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyMap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MapFiguresFields"}},{"kind":"Field","name":{"kind":"Name","value":"personas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TouchpointScreenFields"}}]}}]}}]}}]} as unknown as DocumentNode<MapScreenQuery, MapScreenQueryVariables>;
export const UpdateTouchpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTouchpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTouchpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTouchpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"touchpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TouchpointScreenFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"journeyMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MapFiguresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TouchpointScreenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Touchpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"emotionScore"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MapFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyMap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emotionCurve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotion"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotion"}},{"kind":"Field","name":{"kind":"Name","value":"emotionColor"}}]}}]}}]} as unknown as DocumentNode<UpdateTouchpointMutation, UpdateTouchpointMutationVariables>;
export const CompareVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareJourneyMapVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"touchpointsChanged"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"averageEmotionAfter"}}]}}]}}]}}]} as unknown as DocumentNode<CompareVersionsQuery, CompareVersionsQueryVariables>;