/** What every resolver receives as its context: built per request by functions/graphql.ts. */
import type { UseCaseContext } from '../../domain/context/useCaseContext';
import type { Viewer } from '../../domain/context/viewer';
import type { Loaders } from './loaders';

// Note: a type, not an interface, so that graphql-http takes it as an operation context (an index signature).
export type RequestContext = {
  /** The API Gateway request id: in logs and in masked errors, to match them. */
  requestId: string;
  viewer: Viewer;
  useCase: UseCaseContext;
  loaders: Loaders;
  /** Where the API is reached from outside (`https://…`), for absolute links (pictures, share links). */
  publicBaseUrl: string;
};
