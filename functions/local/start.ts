/**
 * `npm start [-- --fresh]`: the API on http://localhost:4000/graphql with
 * DynamoDB Local, the demo workspace, a development token and, for a
 * browser at the same URL, an explorer that works offline (see
 * localStack.ts). Ctrl-C stops everything it started. serverless-offline
 * itself listens on a free internal port, behind PORT (frontServer.ts).
 *
 * | variable | default |
 * |---|---|
 * | PORT | 4000 (fails when taken) |
 * | DYNAMODB_PORT | 8000, or a free port when 8000 is taken |
 * | LAMBDA_PORT | a free port (serverless-offline's Lambda invoke endpoint) |
 * | WS_PORT | 4001: GraphQL subscriptions over WebSocket (fails when taken) |
 * | TABLE_NAME | journey-map-local |
 * | DYNAMODB_ENDPOINT | none: DynamoDB Local starts on `.data/dynamodb`; set, that DynamoDB is used |
 */
import { parseArgs } from 'node:util';
import { curlCommand } from './curlExample';
import { SANDBOX_PATH } from './frontServer';
import { startLocalStack, type LocalStack } from './localStack';
import { PROJECT_ROOT } from './projectRoot';
import { onAncestorExit } from './watchAncestors';

function portFromEnv(name: string): number | undefined {
  const value = process.env[name];
  if (!value) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${value} is not a port number (1-65535).`);
  }
  return port;
}

function startupSummary(timings: LocalStack['timings']): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `${seconds(timings.total)} (DynamoDB Local ${seconds(timings.dynamodb)}, table ${seconds(timings.table)}, then side by side: demo seed ${seconds(timings.seed)}, bundle + serverless-offline ${seconds(timings.offline)}, explorer ${seconds(timings.explorer)})`;
}

function banner(stack: LocalStack): string {
  return [
    '',
    `Journey Map API (stage local) is up: ${startupSummary(stack.timings)}`,
    '',
    `  GraphQL endpoint  ${stack.url}`,
    `  Explorer (works offline) open ${stack.url} in a browser`,
    `                    GraphiQL, with the Authorization header below and a query of the demo`,
    `                    map (${stack.mapId}) preset`,
    `  Apollo Sandbox    ${stack.baseUrl}${SANDBOX_PATH} (online only: it loads from Apollo's CDN)`,
    `  Subscriptions     ${stack.webSocketUrl} (graphql-transport-ws; docs/events.md)`,
    `  Domain events     printed below as {"event": …} lines (no EventBridge locally)`,
    `  Health            ${stack.baseUrl}/health`,
    `  DynamoDB          ${stack.dynamodbEndpoint}, table ${stack.tableName}${stack.seeded ? ' (demo workspace seeded)' : ''}`,
    '',
    `  Bearer token (${stack.role}, workspace "${stack.workspaceId}", valid 30 days):`,
    '',
    stack.token,
    '',
    '  Try it:',
    '',
    curlCommand(stack.url, stack.token, ' \\\n  '),
    '',
    '  Other roles: npm run --silent token -- --workspace demo --role VIEWER|EDITOR|OWNER',
    '  Ctrl-C stops everything npm start started; data stays in .data/ (npm start -- --fresh resets it).',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { fresh: { type: 'boolean', default: false }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log('Usage: npm start [-- --fresh]   (PORT, DYNAMODB_PORT, LAMBDA_PORT, TABLE_NAME)');
    return;
  }

  const aborter = new AbortController();
  let stack: LocalStack | null = null;
  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${reason}: stopping…`);
    if (!stack) {
      aborter.abort(new Error(`${reason} during start-up`));
      return;
    }
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, shutdown);
  onAncestorExit(() => shutdown('npm exited'));

  const dynamodbEndpoint = process.env.DYNAMODB_ENDPOINT;
  const dynamodbPort = portFromEnv('DYNAMODB_PORT');
  const lambdaPort = portFromEnv('LAMBDA_PORT');
  const websocketPort = portFromEnv('WS_PORT');
  console.log(
    dynamodbEndpoint
      ? 'Starting serverless-offline…'
      : 'Starting DynamoDB Local and serverless-offline…',
  );
  try {
    stack = await startLocalStack({
      dataDir: `${PROJECT_ROOT}/.data`,
      port: portFromEnv('PORT') ?? 4000,
      ...(dynamodbEndpoint ? { dynamodbEndpoint } : {}),
      ...(dynamodbPort ? { dynamodbPort } : {}),
      ...(lambdaPort ? { lambdaPort } : {}),
      ...(websocketPort ? { websocketPort } : {}),
      fresh: values.fresh,
      tableName: process.env.TABLE_NAME || 'journey-map-local',
      onOutput: (text) => process.stdout.write(text),
      signal: aborter.signal,
    });
  } catch (error) {
    // Note: startLocalStack has stopped what it started, also when a signal interrupted it.
    if (aborter.signal.aborted) {
      console.log('Stopped before start-up finished.');
      process.exit(130);
    }
    throw error;
  }
  console.log(banner(stack));
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
