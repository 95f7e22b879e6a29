/**
 * DynamoDB item sizes by AWS's published rules ("DynamoDB item sizes and
 * formats"): attribute names and values in UTF-8 bytes, numbers ~1 byte per
 * two significant digits + 1, binary by raw bytes, booleans and nulls 1 byte,
 * lists and maps 3 bytes plus 1 byte per element.
 */

/** An attribute value as on the wire (binary in base64) or from the SDK (binary as bytes). */
export interface AttrValue {
  S?: string;
  N?: string;
  B?: string | Uint8Array;
  BOOL?: boolean;
  NULL?: boolean;
  L?: AttrValue[];
  M?: Record<string, AttrValue>;
  SS?: string[];
  NS?: string[];
  BS?: (string | Uint8Array)[];
}

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

const binaryBytes = (value: string | Uint8Array) =>
  typeof value === 'string' ? Buffer.from(value, 'base64').length : value.length;

function numberBytes(value: string): number {
  const digits = value
    .replace(/^[-+]/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

export function valueBytes(value: AttrValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return binaryBytes(value.B);
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.L) return 3 + value.L.reduce((sum, v) => sum + 1 + valueBytes(v), 0);
  if (value.M)
    return (
      3 + Object.entries(value.M).reduce((sum, [k, v]) => sum + 1 + utf8(k) + valueBytes(v), 0)
    );
  if (value.SS) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if (value.NS) return value.NS.reduce((sum, n) => sum + numberBytes(n), 0);
  if (value.BS) return value.BS.reduce((sum, b) => sum + binaryBytes(b), 0);
  return 0;
}

export const itemBytes = (item: Record<string, AttrValue>): number =>
  Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueBytes(value), 0);

/** Write request units of one item written in a transaction: 2 per started KB. */
export const transactionalWru = (bytes: number): number => 2 * Math.max(1, Math.ceil(bytes / 1024));
