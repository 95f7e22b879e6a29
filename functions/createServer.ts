/** The Apollo Server of the API: schema, limits, error formatting and the landing page. */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { buildSchema } from '../resolvers/server/buildSchema';
import { errorReporting } from '../resolvers/server/errorReporting';
import { createFormatError } from '../resolvers/server/formatError';
import { queryLimitRules } from '../resolvers/server/limits/queryLimitRules';
import type { RequestContext } from '../resolvers/context/requestContext';
import type { ServerConfig } from './config';
import { DEMO_MAP_QUERY } from './demoMapQuery';
import { log } from './log';

export function createServer(config: ServerConfig): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: buildSchema(),
    validationRules: queryLimitRules,
    introspection: config.local,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError({ exposeInternals: config.local }),
    plugins: [
      errorReporting(log),
      // With introspection off, "did you mean…" hints would still reveal the schema.
      ...(config.local ? [] : [ApolloServerPluginDisableSuggestions()]),
      config.local
        ? ApolloServerPluginLandingPageLocalDefault({
            embed: {
              endpointIsEditable: false,
              initialState: config.sandbox.token
                ? { sharedHeaders: { Authorization: `Bearer ${config.sandbox.token}` } }
                : {},
            },
            ...(config.sandbox.mapId
              ? { document: DEMO_MAP_QUERY, variables: { id: config.sandbox.mapId } }
              : {}),
          })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
