/**
 * A small interpreter of DynamoDB update and condition expressions, enough for
 * the request builders of store/: it lets tests say what a request *does* to an
 * item ("bumps changeSeq", "fails when the revision is stale") instead of
 * comparing expression strings. It understands top-level attributes only, and
 * throws on any syntax it does not know, so that an unexpected expression fails
 * a test rather than passing silently.
 *
 * Supported: `SET a = operand [+|- operand], …`, `REMOVE a, …`, the functions
 * `if_not_exists`, `list_append`, `attribute_exists`, `attribute_not_exists`,
 * `begins_with`, `contains`, `size`, comparisons, `AND`, `OR`, `NOT` and parentheses.
 */

export type Item = Record<string, unknown>;

export interface Expressions {
  UpdateExpression?: string;
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

const MISSING = Symbol('missing');
type Value = unknown;

const TOKEN = /\s*(#\w+|:\w+|[A-Za-z_]\w*|<=|>=|<>|[(),=<>+-])/y;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(expression);
    if (!match?.[1]) throw new Error(`Unsupported expression at ${start}: ${expression}`);
    tokens.push(match[1]);
  }
  return tokens;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: string[],
    private readonly params: Expressions,
    private readonly item: Item | null,
  ) {}

  done(): boolean {
    return this.index >= this.tokens.length;
  }

  peek(): string | undefined {
    return this.tokens[this.index];
  }

  take(expected?: string): string {
    const token = this.tokens[this.index++];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new Error(`Expected ${expected ?? 'a token'}, got ${String(token)}`);
    }
    return token;
  }

  /** An attribute name placeholder, resolved. */
  attribute(): string {
    const token = this.take();
    const name = token.startsWith('#') ? this.params.ExpressionAttributeNames?.[token] : undefined;
    if (name === undefined) throw new Error(`Unknown attribute name placeholder ${token}`);
    return name;
  }

  private read(attribute: string): Value {
    return this.item !== null && attribute in this.item ? this.item[attribute] : MISSING;
  }

  /** An operand: a path, a value, or a function of them. */
  operand(): Value {
    const token = this.peek();
    if (token === undefined) throw new Error('Unexpected end of expression');
    if (token.startsWith('#')) return this.read(this.attribute());
    if (token.startsWith(':')) {
      this.take();
      const values = this.params.ExpressionAttributeValues ?? {};
      if (!(token in values)) throw new Error(`Unknown value placeholder ${token}`);
      return values[token];
    }
    this.take();
    this.take('(');
    let result: Value;
    if (token === 'if_not_exists') {
      const current = this.operand();
      this.take(',');
      const fallback = this.operand();
      result = current === MISSING ? fallback : current;
    } else if (token === 'list_append') {
      const first = this.operand();
      this.take(',');
      const second = this.operand();
      if (!Array.isArray(first) || !Array.isArray(second))
        throw new Error('list_append of non-lists');
      result = [...(first as unknown[]), ...(second as unknown[])];
    } else if (token === 'size') {
      const value = this.operand();
      result =
        value === MISSING
          ? MISSING
          : Array.isArray(value) || typeof value === 'string'
            ? value.length
            : Object.keys(value as object).length;
    } else {
      throw new Error(`Unsupported function ${token}`);
    }
    this.take(')');
    return result;
  }

  /** `operand [+|- operand]`, the right-hand side of a SET action. */
  setValue(): Value {
    const left = this.operand();
    const operator = this.peek();
    if (operator !== '+' && operator !== '-') return left;
    this.take();
    const right = this.operand();
    if (left === MISSING || right === MISSING) {
      throw new Error('The provided expression refers to an attribute that does not exist');
    }
    if (typeof left !== 'number' || typeof right !== 'number') {
      throw new Error('An operand in the update expression has an incorrect data type');
    }
    return operator === '+' ? left + right : left - right;
  }

  condition(): boolean {
    let result = this.conjunction();
    while (this.peek() === 'OR') {
      this.take();
      const right = this.conjunction();
      result = result || right;
    }
    return result;
  }

  private conjunction(): boolean {
    let result = this.negation();
    while (this.peek() === 'AND') {
      this.take();
      const right = this.negation();
      result = result && right;
    }
    return result;
  }

  private negation(): boolean {
    if (this.peek() === 'NOT') {
      this.take();
      return !this.negation();
    }
    return this.primary();
  }

  private primary(): boolean {
    const token = this.peek();
    if (token === '(') {
      this.take();
      const result = this.condition();
      this.take(')');
      return result;
    }
    if (token === 'attribute_exists' || token === 'attribute_not_exists') {
      this.take();
      this.take('(');
      const exists = this.read(this.attribute()) !== MISSING;
      this.take(')');
      return token === 'attribute_exists' ? exists : !exists;
    }
    if (token === 'begins_with' || token === 'contains') {
      this.take();
      this.take('(');
      const subject = this.operand();
      this.take(',');
      const operand = this.operand();
      this.take(')');
      if (token === 'begins_with') {
        return typeof subject === 'string' && typeof operand === 'string'
          ? subject.startsWith(operand)
          : false;
      }
      if (typeof subject === 'string')
        return typeof operand === 'string' && subject.includes(operand);
      return Array.isArray(subject)
        ? subject.some((element) => JSON.stringify(element) === JSON.stringify(operand))
        : false;
    }
    const left = this.operand();
    const comparator = this.take();
    const right = this.operand();
    if (left === MISSING || right === MISSING) return false;
    switch (comparator) {
      case '=':
        return JSON.stringify(left) === JSON.stringify(right);
      case '<>':
        return JSON.stringify(left) !== JSON.stringify(right);
      case '<':
        return (left as number) < (right as number);
      case '<=':
        return (left as number) <= (right as number);
      case '>':
        return (left as number) > (right as number);
      case '>=':
        return (left as number) >= (right as number);
      default:
        throw new Error(`Unsupported comparator ${comparator}`);
    }
  }
}

/** Whether the request's ConditionExpression holds for `item` (null: no such item). True without one. */
export function conditionHolds(item: Item | null, params: Expressions): boolean {
  if (!params.ConditionExpression) return true;
  const parser = new Parser(tokenize(params.ConditionExpression), params, item);
  const result = parser.condition();
  if (!parser.done()) throw new Error(`Trailing tokens in ${params.ConditionExpression}`);
  return result;
}

/**
 * The item after the request's UpdateExpression, every right-hand side read
 * from the item as it was (as DynamoDB does). `item` null stands for "absent".
 */
export function applyUpdate(item: Item | null, params: Expressions): Item {
  if (!params.UpdateExpression) throw new Error('The request has no UpdateExpression');
  const parser = new Parser(tokenize(params.UpdateExpression), params, item);
  const sets: [string, Value][] = [];
  const removes: string[] = [];
  while (!parser.done()) {
    const clause = parser.take();
    if (clause !== 'SET' && clause !== 'REMOVE') throw new Error(`Unsupported clause ${clause}`);
    for (;;) {
      const attribute = parser.attribute();
      if (clause === 'SET') {
        parser.take('=');
        sets.push([attribute, parser.setValue()]);
      } else {
        removes.push(attribute);
      }
      if (parser.peek() !== ',') break;
      parser.take();
    }
  }
  const touched = [...sets.map(([attribute]) => attribute), ...removes];
  if (new Set(touched).size !== touched.length) {
    throw new Error('Two document paths overlap in the update expression');
  }
  const result: Item = Object.fromEntries(
    Object.entries(item ?? {}).filter(([attribute]) => !removes.includes(attribute)),
  );
  for (const [attribute, value] of sets) {
    if (value === MISSING) {
      throw new Error('The provided expression refers to an attribute that does not exist');
    }
    result[attribute] = value;
  }
  return result;
}
