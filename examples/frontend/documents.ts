/**
 * The operations of a journey-map screen, as a front-end declares them:
 * `graphql()` from the generated folder gives each one its result and
 * variables types (codegen.client.ts). Objects select `id` (the cache key)
 * and `entityId` (the entity, the same in the draft and every version).
 */
import { graphql } from './gql';

/**
 * What a map screen shows of a touchpoint: selected by the map's query and
 * returned by a change to the touchpoint, so the change updates the screen.
 */
export const TouchpointScreenFields = graphql(`
  fragment TouchpointScreenFields on Touchpoint {
    id
    entityId
    stageId
    name
    channel
    emotionScore
    emotionColor
    revision
    updatedAt
  }
`);

/**
 * What a change to a touchpoint moves on a map screen: the map's revision, the
 * stage averages and the emotion curve (its score counts in them).
 */
export const MapFiguresFields = graphql(`
  fragment MapFiguresFields on JourneyMap {
    revision
    updatedAt
    emotionCurve {
      stageId
      stageName
      averageEmotion
      emotionColor
    }
    stages {
      id
      averageEmotion
      emotionColor
    }
  }
`);

/** The fields a map screen shows, for the draft or any published version. */
export const MapScreenFields = graphql(`
  fragment MapScreenFields on JourneyMap {
    id
    entityId
    version
    title
    ...MapFiguresFields
    personas {
      id
      entityId
      name
    }
    stages {
      id
      entityId
      name
      position
      touchpoints {
        ...TouchpointScreenFields
      }
    }
  }
`);

/** A map: the draft without `version`, published version N with it. */
export const MapScreenQuery = graphql(`
  query MapScreen($id: ID!, $version: Int) {
    journeyMap(id: $id, version: $version) {
      ...MapScreenFields
    }
  }
`);

/**
 * Changes a touchpoint of the draft. The payload returns what the screen
 * shows of the touchpoint and of the map around it (MapFiguresFields: the
 * stage averages and the emotion curve move with its score), so the cache
 * updates the draft's screen without a refetch.
 */
export const UpdateTouchpointMutation = graphql(`
  mutation UpdateTouchpoint($input: UpdateTouchpointInput!) {
    updateTouchpoint(input: $input) {
      touchpoint {
        ...TouchpointScreenFields
      }
      journeyMap {
        id
        ...MapFiguresFields
      }
    }
  }
`);

/** What changed between two versions (or a version and the draft, without `to`). */
export const CompareQuery = graphql(`
  query CompareVersions($mapId: ID!, $from: Int!, $to: Int) {
    compareJourneyMapVersions(mapId: $mapId, from: $from, to: $to) {
      from
      to
      touchpoints {
        changed {
          entityId
          name
          changes {
            field
            before
            after
          }
        }
      }
      summary {
        touchpointsChanged
        averageEmotionBefore
        averageEmotionAfter
      }
    }
  }
`);
