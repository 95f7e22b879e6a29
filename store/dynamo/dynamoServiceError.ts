/**
 * An error answer of DynamoDB, shaped as the AWS SDK shapes it, so that
 * what reads errors (dynamoErrors.ts, transientErrors.ts) needs to know one
 * shape: `name` is the exception (`ConditionalCheckFailedException`, …),
 * `$metadata.httpStatusCode` the status, and the answer's other fields
 * (`CancellationReasons`, `Item`) are kept as DynamoDB sent them.
 */
export class DynamoServiceError extends Error {
  readonly $metadata: { httpStatusCode: number; requestId?: string };
  readonly CancellationReasons?: { Code?: string; Message?: string; Item?: object }[];
  readonly Item?: Record<string, unknown>;

  constructor(
    name: string,
    message: string,
    metadata: { httpStatusCode: number; requestId?: string },
    fields: { CancellationReasons?: unknown; Item?: unknown } = {},
  ) {
    super(message);
    this.name = name;
    this.$metadata = metadata;
    if (Array.isArray(fields.CancellationReasons)) {
      this.CancellationReasons =
        fields.CancellationReasons as DynamoServiceError['CancellationReasons'];
    }
    if (typeof fields.Item === 'object' && fields.Item !== null) {
      this.Item = fields.Item as Record<string, unknown>;
    }
  }

  /** The error in a JSON error answer (`{"__type": "…#Name", "message": "…"}`). */
  static fromAnswer(
    status: number,
    requestId: string | undefined,
    body: Record<string, unknown>,
  ): DynamoServiceError {
    const type = typeof body.__type === 'string' ? body.__type : '';
    const name =
      type.slice(type.lastIndexOf('#') + 1) ||
      (status >= 500 ? 'InternalServerError' : 'UnknownError');
    const message = body.message ?? body.Message;
    return new DynamoServiceError(
      name,
      typeof message === 'string' ? message : name,
      { httpStatusCode: status, ...(requestId ? { requestId } : {}) },
      body,
    );
  }
}

/** An attempt that took longer than its timeout (transientErrors.ts retries it). */
export class DynamoTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}
