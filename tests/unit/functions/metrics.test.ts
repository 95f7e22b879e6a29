/**
 * functions/metrics.ts: each request's metrics as Embedded Metric Format
 * lines, checked against what CloudWatch requires of one (every metric and
 * dimension named in `_aws` is a top-level member of the line).
 */
import { createMetrics, emfLine, publishRequestMetrics } from '../../../functions/metrics';

type Json = Record<string, unknown>;

interface Directive {
  Namespace: string;
  Dimensions: string[][];
  Metrics: { Name: string; Unit: string }[];
}

/** The line's directive, after checking the rules of the format on it. */
function directiveOf(line: Json): Directive {
  const aws = line._aws as { Timestamp: number; CloudWatchMetrics: Directive[] };
  expect(Number.isInteger(aws.Timestamp)).toBe(true);
  expect(aws.CloudWatchMetrics).toHaveLength(1);
  const [directive] = aws.CloudWatchMetrics;
  if (!directive) throw new Error('no directive');
  for (const set of directive.Dimensions) {
    expect(set.length).toBeLessThanOrEqual(30);
    for (const name of set) expect(typeof line[name]).toBe('string');
  }
  for (const metric of directive.Metrics) expect(typeof line[metric.Name]).toBe('number');
  return directive;
}

describe('emfLine', () => {
  it('is one JSON line whose metrics and dimensions are members of it', () => {
    const text = emfLine(
      'prod',
      { errorCode: 'OK' },
      [{ name: 'Requests', unit: 'Count', value: 1 }],
      1_700_000_000_000,
    );
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trim().split('\n')).toHaveLength(1);
    const line = JSON.parse(text) as Json;
    expect(directiveOf(line)).toEqual({
      Namespace: 'JourneyMapApi',
      Dimensions: [['service', 'stage', 'errorCode']],
      Metrics: [{ Name: 'Requests', Unit: 'Count' }],
    });
    expect(line).toMatchObject({ service: 'journey-map-api', stage: 'prod', Requests: 1 });
  });
});

describe('publishRequestMetrics', () => {
  const measures = {
    operation: 'journeyMap',
    errorCode: 'OK',
    durationMs: 12.5,
    dynamoRequests: 2,
    dynamoCapacityUnits: 1.5,
    coldStart: true,
  };

  it('writes three lines: by operation and code, by code alone, then the figures', () => {
    const lines: Json[] = [];
    publishRequestMetrics(
      { stage: 'prod', write: (text) => lines.push(JSON.parse(text) as Json) },
      measures,
    );
    expect(lines.map((line) => directiveOf(line).Dimensions)).toEqual([
      [['service', 'stage', 'operation', 'errorCode']],
      [['service', 'stage', 'errorCode']],
      [['service', 'stage']],
    ]);
    expect(lines[2]).toMatchObject({
      DynamoDBRequests: 2,
      DynamoDBCapacityUnits: 1.5,
      RequestDuration: 12.5,
      ColdStart: 1,
    });
  });

  it('publishes nothing on a developer’s machine unless asked to', () => {
    expect(createMetrics({ stage: 'dev', local: true }, {})).toBeNull();
    expect(
      createMetrics({ stage: 'dev', local: true }, { PUBLISH_METRICS: 'true' }),
    ).not.toBeNull();
    expect(createMetrics({ stage: 'prod', local: false }, {})).not.toBeNull();
  });
});
