/**
 * `npm run --silent token -- --workspace <id> --role <VIEWER|EDITOR|OWNER> [--user <id>]`
 * prints a development bearer token, which `npm start` accepts, alone on the
 * last line of stdout (the description goes to stderr, so
 * `TOKEN=$(npm run --silent token -- …)` captures the token only). The key
 * pair is made under `.data/` on first use.
 *
 * With `--api-key`, it creates an API key of that role in the workspace
 * instead (in the local DynamoDB: localApiKey.ts) and prints the key, for
 * `Authorization: ApiKey <key>`.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../domain/shared/enums';
import { WORKSPACE_ID_PATTERN } from '../../domain/context/viewer';
import { devKeyFiles, ensureDevKeys, mintDevToken } from '../auth/localDevKeys';
import { createLocalApiKey } from './localApiKey';
import { PROJECT_ROOT } from './projectRoot';

const USAGE = `Usage: npm run --silent token -- --workspace <id> --role <${ROLES.join('|')}> [--user <id>] [--api-key]
  --workspace  the workspace (tenant) id: 1-64 letters, digits, '-' or '_' (the demo is "demo")
  --role       ${ROLES.join(', ')}
  --user       the user id (the token's subject); default local-<role>
  --api-key    create an API key with that role instead, in the local DynamoDB (npm start's, or
               DYNAMODB_ENDPOINT and TABLE_NAME), for "Authorization: ApiKey <key>"`;

interface TokenRequest {
  workspaceId: string;
  role: Role;
  userId: string;
  apiKey: boolean;
}

/** Reads and checks the arguments; throws a message for the user. */
function parseTokenArgs(args: string[]): TokenRequest {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      role: { type: 'string' },
      user: { type: 'string' },
      'api-key': { type: 'boolean', default: false },
    },
  });
  const { workspace, role, user } = values;
  if (!workspace) throw new Error('--workspace is required.');
  if (!WORKSPACE_ID_PATTERN.test(workspace)) {
    throw new Error(`--workspace "${workspace}" is not a workspace id.`);
  }
  if (!role) throw new Error('--role is required.');
  const upper = role.toUpperCase();
  if (!ROLES.includes(upper as Role)) throw new Error(`--role "${role}" is not one of the roles.`);
  if (user !== undefined && user.trim() === '') throw new Error('--user is empty.');
  return {
    workspaceId: workspace,
    role: upper as Role,
    userId: user ?? `local-${upper.toLowerCase()}`,
    apiKey: values['api-key'],
  };
}

async function printApiKey(request: TokenRequest): Promise<void> {
  const { key, prefix, where } = await createLocalApiKey({
    dataDir: `${PROJECT_ROOT}/.data`,
    workspaceId: request.workspaceId,
    role: request.role,
    name: `npm run token (${request.role})`,
  });
  console.error(
    `API key ${prefix}, ${request.role} in workspace ${request.workspaceId} (no expiry; revoke it with revokeApiKey), stored in ${where}:`,
  );
  console.log(key);
}

function main(): void {
  let request: TokenRequest;
  try {
    request = parseTokenArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (request.apiKey) {
    printApiKey(request).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
    return;
  }
  const keys = ensureDevKeys(devKeyFiles(`${PROJECT_ROOT}/.data`));
  const token = mintDevToken(keys, request);
  console.error(
    `Bearer token for user ${request.userId}, ${request.role} in workspace ${request.workspaceId} (30 days):`,
  );
  console.log(token);
}

main();
