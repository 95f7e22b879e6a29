/**
 * WebSocket connections and their subscriptions (`journeyMapChanged`), as
 * the table keeps them: a connection is opened unauthenticated, gets its
 * viewer from the credentials of `connection_init`, and watches maps of that
 * viewer's workspace. Everything expires with the connection.
 */
import type { Viewer } from '../context/viewer';

/** The GraphQL request of a subscription, kept to run it again on every change. */
export interface SubscriptionRequest {
  query: string;
  variables: Record<string, unknown> | null;
  operationName: string | null;
}

/** One subscription of one connection to one map. */
export interface Watcher {
  connectionId: string;
  subscriptionId: string;
  workspaceId: string;
  mapId: string;
  /** The subscriber, as its credentials said when it subscribed. */
  viewer: Viewer;
  request: SubscriptionRequest;
}

/** A connection: unknown (gone or expired), open, or acknowledged with its viewer. */
export type ConnectionState =
  { state: 'unknown' } | { state: 'open' } | { state: 'ready'; viewer: Viewer };

export interface ConnectionStore {
  /** Records a new connection ($connect). */
  open(connectionId: string, now: string): Promise<void>;
  /** Gives an open connection its viewer; `alreadyReady` when it has one (a second init). */
  acknowledge(connectionId: string, viewer: Viewer): Promise<'ready' | 'alreadyReady' | 'unknown'>;
  state(connectionId: string): Promise<ConnectionState>;
  /**
   * Adds a subscription; `duplicate` when the connection has one with this
   * id, `tooMany` past the limit per connection, `unknown` when the
   * connection is gone.
   */
  watch(watcher: Watcher): Promise<'watching' | 'duplicate' | 'tooMany' | 'unknown'>;
  /** Ends one subscription (a `complete` from the client); nothing when absent. */
  unwatch(connectionId: string, subscriptionId: string): Promise<void>;
  /** Forgets a connection and all its subscriptions ($disconnect, or a push found it gone). */
  close(connectionId: string): Promise<void>;
  /** Every subscription to a map (one Query). */
  watchers(workspaceId: string, mapId: string): Promise<Watcher[]>;
}
