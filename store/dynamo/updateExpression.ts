/**
 * Builds DynamoDB update and condition expressions from plain objects, with
 * every attribute name and value passed as a placeholder (no field name ever
 * lands in an expression verbatim).
 */

export interface ExpressionParts {
  UpdateExpression?: string;
  ConditionExpression?: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

export class ExpressionBuilder {
  private readonly names: Record<string, string> = {};
  private readonly values: Record<string, unknown> = {};
  private readonly sets: string[] = [];
  private readonly removes: string[] = [];
  private readonly conditions: string[] = [];
  private counter = 0;

  /** `#n0`-style placeholder for an attribute name (reused for the same name). */
  name(attribute: string): string {
    const existing = Object.entries(this.names).find(([, v]) => v === attribute);
    if (existing) return existing[0];
    const placeholder = `#n${Object.keys(this.names).length}`;
    this.names[placeholder] = attribute;
    return placeholder;
  }

  value(value: unknown): string {
    const placeholder = `:v${this.counter++}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  /** SET attribute = value, for each entry. */
  setAll(fields: Record<string, unknown>): this {
    for (const [attribute, value] of Object.entries(fields)) {
      if (value !== undefined) this.sets.push(`${this.name(attribute)} = ${this.value(value)}`);
    }
    return this;
  }

  /** SET attribute = attribute + by. */
  increment(attribute: string, by = 1): this {
    const n = this.name(attribute);
    this.sets.push(`${n} = ${n} + ${this.value(by)}`);
    return this;
  }

  /** A raw SET clause using placeholders from `name`/`value`. */
  setClause(clause: string): this {
    this.sets.push(clause);
    return this;
  }

  /** REMOVE attribute, for each name. */
  removeAll(attributes: readonly string[]): this {
    for (const attribute of attributes) this.removes.push(this.name(attribute));
    return this;
  }

  condition(clause: string): this {
    this.conditions.push(clause);
    return this;
  }

  exists(): this {
    return this.condition(`attribute_exists(${this.name('PK')})`);
  }

  notExists(): this {
    return this.condition(`attribute_not_exists(${this.name('PK')})`);
  }

  absent(attribute: string): this {
    return this.condition(`attribute_not_exists(${this.name(attribute)})`);
  }

  equals(attribute: string, value: unknown): this {
    return this.condition(`${this.name(attribute)} = ${this.value(value)}`);
  }

  build(): ExpressionParts {
    const update = [
      this.sets.length ? `SET ${this.sets.join(', ')}` : '',
      this.removes.length ? `REMOVE ${this.removes.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      ...(update ? { UpdateExpression: update } : {}),
      ...(this.conditions.length ? { ConditionExpression: this.conditions.join(' AND ') } : {}),
      ExpressionAttributeNames: this.names,
      ...(Object.keys(this.values).length ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}
