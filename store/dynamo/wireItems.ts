/**
 * Items as DynamoDB's JSON protocol answers them (attribute values, binary in
 * base64) to plain values, exactly as `@aws-sdk/util-dynamodb`'s `unmarshall`
 * gives them after the base64 is decoded: S as strings, N as numbers (BigInt
 * past the safe integers), B as bytes, sets as Sets, NULL as null.
 *
 * Note: why not `unmarshall`? It is generic (options, Object.entries and a
 * reduce per map), and the lean client first had to copy each item to decode
 * its binary values: together, the largest share of a warm map read's CPU in
 * our own code after graphql-js. One pass here does both;
 * tests/unit/store/dynamo/wireItems.test.ts checks it against `unmarshall` on
 * generated items.
 */
type Wire = Record<string, unknown>;

const bytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

/** As util-dynamodb's convertNumber without `wrapNumbers`. */
function numberOf(text: string): number | bigint {
  const value = Number(text);
  if (
    (value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER) &&
    value !== Number.POSITIVE_INFINITY &&
    value !== Number.NEGATIVE_INFINITY
  ) {
    try {
      return BigInt(text);
    } catch {
      throw new Error(
        `${text} can't be converted to BigInt. Set options.wrapNumbers to get string value.`,
      );
    }
  }
  return value;
}

/** One attribute value. */
function valueOf(attribute: Wire): unknown {
  for (const type in attribute) {
    const content = attribute[type];
    if (content === undefined) continue;
    switch (type) {
      case 'S':
        return content;
      case 'N':
        return numberOf(content as string);
      case 'BOOL':
        return Boolean(content);
      case 'NULL':
        return null;
      case 'M':
        return wireItemToPlain(content as Wire);
      case 'L':
        return (content as Wire[]).map(valueOf);
      case 'SS':
        return new Set(content as string[]);
      case 'NS':
        return new Set((content as string[]).map(numberOf));
      case 'B':
        return bytes(content as string);
      case 'BS':
        return new Set((content as string[]).map(bytes));
      default:
        throw new Error(`Unsupported type passed: ${type}`);
    }
  }
  throw new Error(`No value defined: ${JSON.stringify(attribute)}`);
}

/** An item (or a map attribute's content) as plain values. */
export function wireItemToPlain(item: Wire): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const name in item) plain[name] = valueOf(item[name] as Wire);
  return plain;
}
