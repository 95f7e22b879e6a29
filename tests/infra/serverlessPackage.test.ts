/**
 * `serverless package` (osls) works offline, without AWS credentials, and
 * produces the stack the contract describes. Packages the prod and dev stages
 * once each and reads the CloudFormation template and the zip artifacts.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { SERVICE_NAME } from '../../functions/log';
import { METRICS_NAMESPACE } from '../../functions/metrics';
import table from '../../infra/table.json';
import type { Json } from '../support/testApi';

const ROOT = resolve(__dirname, '..', '..');
const SERVERLESS = require.resolve('osls/bin/serverless.js');
const LOCAL_ONLY = [
  'LOCAL_DEV',
  'LOCAL_JWKS_FILE',
  'SANDBOX_TOKEN',
  'SANDBOX_MAP_ID',
  'DYNAMODB_ENDPOINT',
];
/** What the event source mapping needs of the table's stream (added by the framework). */
const STREAM_ACTIONS = [
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:DescribeStream',
  'dynamodb:ListStreams',
];
const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

interface Packaged {
  dir: string;
  template: Json;
  resourcesOfType(type: string): Json[];
}

/** The names of the files in a zip archive, from its central directory. */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const names: string[] = [];
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

async function serverlessPackage(stage: string): Promise<Packaged> {
  const dir = mkdtempSync(join(tmpdir(), `journey-map-package-${stage}-`));
  // Note: no AWS credentials at all; the local-only variables set, as in a developer's shell.
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_'))),
    ...Object.fromEntries(LOCAL_ONLY.map((name) => [name, `set-in-the-shell-${name}`])),
  };
  try {
    await promisify(execFile)(
      process.execPath,
      [SERVERLESS, 'package', '--stage', stage, '--package', dir],
      {
        cwd: ROOT,
        env: {
          ...env,
          AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
          AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
        },
      },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    // Note: osls prints its errors on stdout, which the error's message leaves out.
    const { stdout = '' } = error as { stdout?: string };
    throw new Error(`serverless package --stage ${stage} failed:\n${stdout}`, { cause: error });
  }
  const template = JSON.parse(
    readFileSync(join(dir, 'cloudformation-template-update-stack.json'), 'utf8'),
  );
  return {
    dir,
    template,
    resourcesOfType: (type) =>
      Object.values(template.Resources as Record<string, Json>).filter((r) => r.Type === type),
  };
}

let prod: Packaged;
let dev: Packaged;
beforeAll(async () => {
  // Note: one after the other: osls assembles every package in the service's own .serverless/.
  prod = await serverlessPackage('prod');
  dev = await serverlessPackage('dev');
}, 120_000);
afterAll(() => {
  for (const packaged of [prod, dev]) {
    if (packaged) rmSync(packaged.dir, { recursive: true, force: true });
  }
});

describe('serverless package: the functions', () => {
  it('runs every handler from the bundles on Node.js 24, arm64', () => {
    const functions = prod.resourcesOfType('AWS::Lambda::Function');
    expect(functions.map((f) => f.Properties.Handler).sort()).toEqual([
      '.build/functions/graphql.handler',
      '.build/functions/health.handler',
      '.build/functions/pictures.handler',
      '.build/functions/reviewDue.handler',
      '.build/functions/streams.handler',
      '.build/functions/webSocket.handler',
    ]);
    for (const { Properties } of functions) {
      expect(Properties.Runtime).toBe('nodejs24.x');
      expect(Properties.Architectures).toEqual(['arm64']);
    }
    // API Gateway gives up after 29 s: the functions behind it answer before.
    for (const name of ['Graphql', 'Health', 'Pictures', 'WebSocket']) {
      expect(
        prod.template.Resources[`${name}LambdaFunction`].Properties.Timeout,
      ).toBeLessThanOrEqual(29);
    }
  });

  it('passes the table, stage and user pool by reference, and no local setting', () => {
    const graphql = prod.template.Resources.GraphqlLambdaFunction.Properties.Environment.Variables;
    expect(graphql).toMatchObject({
      TABLE_NAME: { Ref: 'JourneyTable' },
      STAGE: 'prod',
      COGNITO_USER_POOL_ID: { Ref: 'UserPool' },
      COGNITO_CLIENT_ID: { Ref: 'UserPoolClient' },
    });
    for (const name of LOCAL_ONLY) expect(graphql).not.toHaveProperty(name);

    expect(
      dev.template.Resources.GraphqlLambdaFunction.Properties.Environment.Variables.STAGE,
    ).toBe('dev');
  });

  it('keeps their logs for a limited time', () => {
    const logGroups = prod.resourcesOfType('AWS::Logs::LogGroup');
    expect(logGroups).toHaveLength(6);
    for (const group of logGroups) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('ships each bundle alone: no node_modules, sources or source maps', () => {
    expect(zipEntries(join(prod.dir, 'graphql.zip'))).toEqual(['.build/functions/graphql.js']);
    expect(zipEntries(join(prod.dir, 'health.zip'))).toEqual(['.build/functions/health.js']);
    expect(zipEntries(join(prod.dir, 'pictures.zip'))).toEqual(['.build/functions/pictures.js']);
    for (const name of ['streams', 'webSocket', 'reviewDue']) {
      expect(zipEntries(join(prod.dir, `${name}.zip`))).toEqual([`.build/functions/${name}.js`]);
    }
  });
});

describe('serverless package: the HTTP API', () => {
  it('routes POST and GET /graphql, GET /health, the pictures and the share pages', () => {
    const routes = prod
      .resourcesOfType('AWS::ApiGatewayV2::Route')
      .filter((r) => r.Properties.ApiId?.Ref === 'HttpApi');
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual([
      'GET /graphql',
      'GET /health',
      'GET /maps/{id}/curve.svg',
      'GET /maps/{id}/matrix.svg',
      'GET /maps/{id}/poster.pdf',
      'GET /maps/{id}/poster.svg',
      'GET /share/{token}',
      'POST /graphql',
    ]);
  });

  it('answers CORS preflights for the Authorization, Content-Type and Idempotency-Key headers', () => {
    const [api] = prod
      .resourcesOfType('AWS::ApiGatewayV2::Api')
      .filter((a) => a.Properties.ProtocolType === 'HTTP');
    const cors = api.Properties.CorsConfiguration;
    const headers = (cors.AllowHeaders as string[]).map((h) => h.toLowerCase());
    expect(headers).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'idempotency-key']),
    );
    expect((cors.ExposeHeaders as string[]).map((h) => h.toLowerCase())).toEqual(
      expect.arrayContaining(['idempotent-replayed', 'retry-after']),
    );
    expect(cors.AllowMethods).toEqual(expect.arrayContaining(['GET', 'POST']));
  });

  it('outputs the API URL, user pool, app client and table', () => {
    expect(Object.keys(prod.template.Outputs)).toEqual(
      expect.arrayContaining(['ApiUrl', 'UserPoolId', 'UserPoolClientId', 'TableName']),
    );
  });
});

describe('serverless package: the table', () => {
  it('has the keys, indexes, billing, stream and time to live of infra/table.json', () => {
    const { Properties } = prod.template.Resources.JourneyTable;
    expect(Properties.AttributeDefinitions).toEqual(table.AttributeDefinitions);
    expect(Properties.KeySchema).toEqual(table.KeySchema);
    expect(Properties.GlobalSecondaryIndexes).toEqual(table.GlobalSecondaryIndexes);
    expect(Properties.BillingMode).toBe(table.BillingMode);
    expect(Properties.StreamSpecification).toEqual(table.StreamSpecification);
    expect(Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'ttl', Enabled: true });
  });

  it('has point-in-time recovery and encryption at rest', () => {
    for (const packaged of [prod, dev]) {
      const { Properties } = packaged.template.Resources.JourneyTable;
      expect(Properties.PointInTimeRecoverySpecification).toEqual({
        PointInTimeRecoveryEnabled: true,
      });
      expect(Properties.SSESpecification).toEqual({ SSEEnabled: true });
    }
  });

  it('is protected from deletion in prod only', () => {
    expect(prod.template.Resources.JourneyTable.Properties.DeletionProtectionEnabled).toBe(true);
    expect(prod.template.Resources.JourneyTable.DeletionPolicy).toBe('Retain');
    expect(dev.template.Resources.JourneyTable.Properties.DeletionProtectionEnabled).toBe(false);
    expect(dev.template.Resources.JourneyTable.DeletionPolicy).toBe('Delete');
  });
});

describe('serverless package: Cognito', () => {
  it('signs users in by email, with a strong password policy', () => {
    const { Properties } = prod.template.Resources.UserPool;
    expect(Properties.UsernameAttributes).toEqual(['email']);
    expect(Properties.Policies.PasswordPolicy).toMatchObject({
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(Properties.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
  });

  it('carries the workspace and the role as custom string attributes', () => {
    const schema = prod.template.Resources.UserPool.Properties.Schema as Json[];
    for (const name of ['workspace_id', 'role']) {
      expect(schema).toContainEqual(
        expect.objectContaining({ Name: name, AttributeDataType: 'String' }),
      );
    }
  });

  it('has an app client without secret that reads but cannot write them', () => {
    const { Properties } = prod.template.Resources.UserPoolClient;
    expect(Properties.GenerateSecret).toBe(false);
    expect(Properties.UserPoolId).toEqual({ Ref: 'UserPool' });
    expect(Properties.ExplicitAuthFlows.sort()).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ]);
    expect(Properties.ReadAttributes).toEqual(
      expect.arrayContaining(['custom:workspace_id', 'custom:role']),
    );
    expect(Properties.WriteAttributes).not.toContain('custom:workspace_id');
    expect(Properties.WriteAttributes).not.toContain('custom:role');
  });
});

describe('serverless package: permissions', () => {
  const statements = (): Json[] =>
    prod
      .resourcesOfType('AWS::IAM::Role')
      .flatMap((role) => role.Properties.Policies as Json[])
      .flatMap((policy) => policy.PolicyDocument.Statement as Json[]);

  it('names every action: no wildcard', () => {
    const actions = statements().flatMap((s) => [s.Action].flat() as string[]);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.includes('*'))).toEqual([]);
  });

  it('allows the item-level DynamoDB actions on the table and its indexes only', () => {
    const dynamo = statements().filter((s) =>
      ([s.Action].flat() as string[]).some(
        (a) => a.startsWith('dynamodb:') && !STREAM_ACTIONS.includes(a),
      ),
    );
    expect(dynamo).toHaveLength(1);
    expect([...dynamo[0].Action].sort()).toEqual([...TABLE_ACTIONS].sort());
    const tableArn = { 'Fn::GetAtt': ['JourneyTable', 'Arn'] };
    expect(dynamo[0].Resource).toEqual([tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }]);
  });

  it('reads the table’s stream, puts events on the stack’s bus only, and posts to WebSocket connections', () => {
    const all = statements();
    const stream = all.filter((s) =>
      ([s.Action].flat() as string[]).some((a) => STREAM_ACTIONS.includes(a)),
    );
    expect(stream).toHaveLength(1);
    expect(stream[0].Resource).toEqual([{ 'Fn::GetAtt': ['JourneyTable', 'StreamArn'] }]);
    const events = all.filter((s) => [s.Action].flat().includes('events:PutEvents'));
    expect(events).toEqual([
      {
        Effect: 'Allow',
        Action: ['events:PutEvents'],
        Resource: [{ 'Fn::GetAtt': ['EventBus', 'Arn'] }],
      },
    ]);
    const manage = all.filter((s) => [s.Action].flat().includes('execute-api:ManageConnections'));
    expect(manage).toHaveLength(1);
    expect(JSON.stringify(manage[0].Resource)).toContain('/@connections/*');
  });
});

describe('serverless package: events and live updates', () => {
  it('creates the EventBridge bus of the domain events and outputs its name and ARN', () => {
    const [bus] = prod.resourcesOfType('AWS::Events::EventBus');
    expect(bus.Properties.Name).toBe('journey-map-api-prod');
    expect(prod.template.Outputs.EventBusName.Value).toEqual({ Ref: 'EventBus' });
    expect(prod.template.Outputs.EventBusArn.Value).toEqual({ 'Fn::GetAtt': ['EventBus', 'Arn'] });
    const streams = prod.template.Resources.StreamsLambdaFunction.Properties.Environment.Variables;
    expect(streams.EVENT_BUS_NAME).toEqual({ Ref: 'EventBus' });
    for (const name of LOCAL_ONLY) expect(streams).not.toHaveProperty(name);
  });

  it('maps the table’s stream to the streams function with partial batch failures and an SQS on-failure destination', () => {
    const [mapping] = prod.resourcesOfType('AWS::Lambda::EventSourceMapping');
    const { Properties } = mapping;
    expect(Properties.EventSourceArn).toEqual({ 'Fn::GetAtt': ['JourneyTable', 'StreamArn'] });
    expect(Properties.FunctionName).toEqual({ 'Fn::GetAtt': ['StreamsLambdaFunction', 'Arn'] });
    expect(Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(Properties.BisectBatchOnFunctionError).toBe(true);
    expect(Properties.MaximumRetryAttempts).toBeGreaterThan(0);
    expect(Properties.DestinationConfig).toEqual({
      OnFailure: { Destination: { 'Fn::GetAtt': ['StreamFailures', 'Arn'] } },
    });
    expect(prod.resourcesOfType('AWS::SQS::Queue')).toHaveLength(1);
    // Only the records that are news invoke the function.
    const filters = (Properties.FilterCriteria.Filters as Json[]).map((f) => JSON.parse(f.Pattern));
    expect(filters).toContainEqual({
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { Keys: { SK: { S: ['C#!MAP'] } } },
    });
  });

  it('has the table expire connections, subscriptions and notices (TTL) and keep its stream with both images', () => {
    const { Properties } = prod.template.Resources.JourneyTable;
    expect(Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'ttl', Enabled: true });
    expect(Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
  });

  it('serves GraphQL subscriptions on a WebSocket API: $connect, $disconnect and $default answering the client', () => {
    const [api] = prod
      .resourcesOfType('AWS::ApiGatewayV2::Api')
      .filter((a) => a.Properties.ProtocolType === 'WEBSOCKET');
    expect(api).toBeDefined();
    const routes = prod
      .resourcesOfType('AWS::ApiGatewayV2::Route')
      .filter((r) => r.Properties.ApiId?.Ref === 'WebsocketsApi');
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual([
      '$connect',
      '$default',
      '$disconnect',
    ]);
    const $default = routes.find((r) => r.Properties.RouteKey === '$default');
    expect($default.Properties.RouteResponseSelectionExpression).toBe('$default');
    expect(prod.template.Outputs.WebSocketUrl).toBeDefined();
  });

  it('runs the review reminder once a day', () => {
    const rules = prod.resourcesOfType('AWS::Events::Rule');
    expect(rules).toHaveLength(1);
    expect(rules[0].Properties.ScheduleExpression).toBe('cron(0 6 * * ? *)');
    expect(JSON.stringify(rules[0].Properties.Targets)).toContain('ReviewDueLambdaFunction');
  });
});

/**
 * The DynamoDB operations store/ sends (the commands it makes), but the
 * table's own set-up (CreateTable, DescribeTable, UpdateTable), which the
 * API never runs: a new one must be added to the alarms.
 */
function operationsSentByTheStores(): string[] {
  const files = readdirSync(join(ROOT, 'store'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts'),
  );
  // DynamoDB's commands are those of store/dynamo/commands.ts; the events' other clients
  // (EventBridge, the WebSocket API, the stream reader of local runs) send to other services.
  const dynamoCommands = (source: string) =>
    new Set(
      [...source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)]
        .filter((match) => /(^\.|\/dynamo)\/commands$/.test(match[2] ?? ''))
        .flatMap((match) => (match[1] ?? '').split(',').map((name) => name.trim())),
    );
  const commands = new Set(
    files.flatMap((file) => {
      const source = readFileSync(join(ROOT, 'store', file), 'utf8');
      const imported = dynamoCommands(source);
      return [...source.matchAll(/new (\w+)Command\(/g)]
        .filter((match) => imported.has(`${match[1] ?? ''}Command`))
        .map((match) => match[1] ?? '');
    }),
  );
  // The document client's commands are named without the Item(s) of the operation.
  const operation: Record<string, string> = {
    Get: 'GetItem',
    Put: 'PutItem',
    Update: 'UpdateItem',
    Delete: 'DeleteItem',
    BatchGet: 'BatchGetItem',
    BatchWrite: 'BatchWriteItem',
    TransactWrite: 'TransactWriteItems',
    TransactGet: 'TransactGetItems',
  };
  // Table set-up (store/dynamo/tableSetup.ts) runs on a developer's machine, not in the API.
  const setUp = new Set([
    'CreateTable',
    'DescribeTable',
    'UpdateTable',
    'DescribeTimeToLive',
    'UpdateTimeToLive',
  ]);
  return [...commands]
    .filter((command) => !setUp.has(command))
    .map((command) => operation[command] ?? command)
    .sort();
}

describe('serverless package: limits and alarms', () => {
  const alarms = (packaged: Packaged) =>
    Object.fromEntries(
      Object.entries(packaged.template.Resources as Record<string, Json>).filter(
        ([, resource]) => resource.Type === 'AWS::CloudWatch::Alarm',
      ),
    ) as Record<string, Json>;
  /** The metrics an alarm watches: `Namespace/MetricName` with its dimensions. */
  const watched = (alarm: Json): { metric: string; dimensions: Record<string, Json> }[] => {
    const { Properties } = alarm;
    const stats: Json[] = Properties.Metrics
      ? (Properties.Metrics as Json[]).flatMap((query) =>
          query.MetricStat ? [query.MetricStat.Metric] : [],
        )
      : [Properties];
    return stats.map((metric) => ({
      metric: `${metric.Namespace}/${metric.MetricName}`,
      dimensions: Object.fromEntries(
        (metric.Dimensions as Json[]).map((d) => [d.Name as string, d.Value]),
      ),
    }));
  };

  it('throttles every route of the HTTP API: 100 requests/s, bursts of 200 on prod; 25 and 50 elsewhere', () => {
    const settings = (packaged: Packaged) =>
      packaged.template.Resources.HttpApiStage.Properties.DefaultRouteSettings;
    expect(settings(prod)).toMatchObject({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 });
    expect(settings(dev)).toMatchObject({ ThrottlingRateLimit: 25, ThrottlingBurstLimit: 50 });
  });

  it('reserves 50 concurrent executions for the GraphQL function on prod, none elsewhere', () => {
    const reserved = (packaged: Packaged, name: string) =>
      packaged.template.Resources[name].Properties.ReservedConcurrentExecutions;
    expect(reserved(prod, 'GraphqlLambdaFunction')).toBe(50);
    expect(reserved(dev, 'GraphqlLambdaFunction')).toBeUndefined();
    expect(reserved(prod, 'HealthLambdaFunction')).toBeUndefined();
  });

  it('keeps the functions’ logs 90 days on prod, 14 elsewhere', () => {
    const retention = (packaged: Packaged) =>
      packaged.resourcesOfType('AWS::Logs::LogGroup').map((g) => g.Properties.RetentionInDays);
    // One log group per function: the GraphQL API's two, the pictures' and the events' three.
    const functions = prod.resourcesOfType('AWS::Lambda::Function').length;
    expect(functions).toBe(6);
    expect(retention(prod)).toEqual(Array.from({ length: functions }, () => 90));
    expect(retention(dev)).toEqual(Array.from({ length: functions }, () => 14));
  });

  it('alarms on the 5xx rate, internal errors, Lambda throttles, DynamoDB throttles and system errors', () => {
    for (const packaged of [prod, dev]) {
      const byName = alarms(packaged);
      expect(Object.keys(byName).sort()).toEqual([
        'Api5xxRateAlarm',
        'DynamoSystemErrorsAlarm',
        'DynamoThrottlesAlarm',
        'GraphqlThrottlesAlarm',
        'InternalErrorsAlarm',
      ]);
      for (const alarm of Object.values(byName)) {
        expect(alarm.Properties.AlarmActions).toEqual([{ Ref: 'AlarmTopic' }]);
        expect(alarm.Properties.OKActions).toEqual([{ Ref: 'AlarmTopic' }]);
        expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
        // CloudWatch takes at most 10 metrics in one alarm.
        expect(watched(alarm).length).toBeLessThanOrEqual(10);
      }
      const api = { ApiId: { Ref: 'HttpApi' } };
      expect(watched(byName.Api5xxRateAlarm)).toEqual([
        { metric: 'AWS/ApiGateway/5xx', dimensions: api },
        { metric: 'AWS/ApiGateway/Count', dimensions: api },
      ]);
      expect(byName.Api5xxRateAlarm.Properties.Threshold).toBe(5);
      expect(watched(byName.GraphqlThrottlesAlarm)).toEqual([
        {
          metric: 'AWS/Lambda/Throttles',
          dimensions: { FunctionName: { Ref: 'GraphqlLambdaFunction' } },
        },
      ]);
    }
  });

  it('adds up DynamoDB throttles and system errors over every operation the API sends', () => {
    // DynamoDB reports both per operation only; TransactWriteItems carries the ConditionCheckItems.
    const sent = [
      'BatchGetItem',
      'BatchWriteItem',
      'DeleteItem',
      'GetItem',
      'PutItem',
      'Query',
      'TransactWriteItems',
      'UpdateItem',
    ];
    expect(operationsSentByTheStores()).toEqual(sent);
    const byName = alarms(prod);
    for (const [name, metric] of [
      ['DynamoThrottlesAlarm', 'AWS/DynamoDB/ThrottledRequests'],
      ['DynamoSystemErrorsAlarm', 'AWS/DynamoDB/SystemErrors'],
    ] as const) {
      const metrics = watched(byName[name]);
      expect(metrics.every((m) => m.metric === metric)).toBe(true);
      expect(metrics.map((m) => m.dimensions.TableName)).toEqual(
        sent.map(() => ({ Ref: 'JourneyTable' })),
      );
      expect(metrics.map((m) => m.dimensions.Operation).sort()).toEqual(sent);
      const [total] = (byName[name].Properties.Metrics as Json[]).filter((q) => q.ReturnData);
      expect(total.Expression).toBe('SUM(FILL(METRICS(), 0))');
    }
  });

  it('watches the internal errors the request log counts (functions/metrics.ts)', () => {
    expect(watched(alarms(prod).InternalErrorsAlarm)).toEqual([
      {
        metric: `${METRICS_NAMESPACE}/Requests`,
        dimensions: { service: SERVICE_NAME, stage: 'prod', errorCode: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });

  it('subscribes no address to the alarms unless alarmEmail is given', () => {
    const subscription = prod.template.Resources.AlarmEmailSubscription;
    expect(subscription.Condition).toBe('HasAlarmEmail');
    expect(prod.template.Conditions.HasAlarmEmail).toEqual({
      'Fn::Not': [{ 'Fn::Equals': ['none', 'none'] }],
    });
  });

  it('publishes metrics through the logs: no CloudWatch permission', () => {
    const actions = prod
      .resourcesOfType('AWS::IAM::Role')
      .flatMap((role) => role.Properties.Policies as Json[])
      .flatMap((policy) => policy.PolicyDocument.Statement as Json[])
      .flatMap((s) => [s.Action].flat() as string[]);
    expect(actions.filter((a) => a.startsWith('cloudwatch:'))).toEqual([]);
  });
});
