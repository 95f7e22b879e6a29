/**
 * A front-end's data layer for journey-map screens, with Apollo Client 4 and
 * its default InMemoryCache (no type policies needed): a screen that watches
 * the draft, panels that show published versions beside it, and an edit of a
 * touchpoint that updates the draft's screen from the mutation's payload.
 * The draft and each version are distinct objects in the cache because a
 * version's objects have ids of their own; `entityId` says which entity an
 * object is, in any of them.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CompareQuery, MapScreenQuery, UpdateTouchpointMutation } from './documents';
import type {
  CompareVersionsQuery,
  MapScreenFieldsFragment,
  UpdateTouchpointInput,
  UpdateTouchpointMutation as UpdateTouchpointResult,
} from './gql/graphql';

/** What a map screen holds: the draft (`version` null) or a published version. */
export type MapScreen = MapScreenFieldsFragment;

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  uri: string;
  /** A bearer token (`npm run --silent token -- --workspace demo --role EDITOR` locally). */
  token: string;
  /** Another fetch, e.g. in tests. */
  fetch?: typeof fetch;
}

/** A client with the default cache: objects are normalised by `__typename` and `id`. */
export function createJourneyMapClient({ uri, token, fetch }: ClientOptions): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      headers: { authorization: `Bearer ${token}` },
      ...(fetch ? { fetch } : {}),
    }),
    cache: new InMemoryCache(),
  });
}

/**
 * Watches the draft of a map: `onChange` gets it now and again after every
 * change the cache learns of (such as a mutation's payload). Returns a stop
 * function.
 */
export function watchDraft(
  client: ApolloClient,
  mapId: string,
  onChange: (map: MapScreen) => void,
): () => void {
  const subscription = client
    .watchQuery({ query: MapScreenQuery, variables: { id: mapId } })
    .subscribe((result) => {
      if (result.dataState === 'complete') onChange(result.data.journeyMap);
    });
  return () => {
    subscription.unsubscribe();
  };
}

/** A published version of a map, read once: versions never change. */
export async function readVersion(
  client: ApolloClient,
  mapId: string,
  version: number,
): Promise<MapScreen> {
  const { data } = await client.query({
    query: MapScreenQuery,
    variables: { id: mapId, version },
    fetchPolicy: 'cache-first',
  });
  if (!data) throw new Error(`Version ${String(version)} of map ${mapId} could not be read`);
  return data.journeyMap;
}

/** Changes a touchpoint of the draft; the watched draft updates from the payload. */
export async function updateTouchpoint(
  client: ApolloClient,
  input: UpdateTouchpointInput,
): Promise<UpdateTouchpointResult['updateTouchpoint']['touchpoint']> {
  const { data } = await client.mutate({
    mutation: UpdateTouchpointMutation,
    variables: { input },
  });
  if (!data) throw new Error(`Touchpoint ${input.touchpointId} could not be updated`);
  return data.updateTouchpoint.touchpoint;
}

/** One touchpoint as each screen shows it, matched by `entityId`: absent where it did not exist. */
export function touchpointAcross(
  screens: readonly MapScreen[],
  entityId: string,
): { version: number | null; name: string | null; emotionScore: number | null }[] {
  return screens.map((map) => {
    const touchpoint = map.stages
      .flatMap((stage) => stage.touchpoints)
      .find((t) => t.entityId === entityId);
    return {
      version: map.version,
      name: touchpoint?.name ?? null,
      emotionScore: touchpoint?.emotionScore ?? null,
    };
  });
}

/** What changed between two versions (or version `from` and the draft, without `to`). */
export async function compareVersions(
  client: ApolloClient,
  mapId: string,
  from: number,
  to?: number,
): Promise<CompareVersionsQuery['compareJourneyMapVersions']> {
  const { data } = await client.query({
    query: CompareQuery,
    variables: { mapId, from, ...(to === undefined ? {} : { to }) },
  });
  if (!data) throw new Error(`Versions of map ${mapId} could not be compared`);
  return data.compareJourneyMapVersions;
}
