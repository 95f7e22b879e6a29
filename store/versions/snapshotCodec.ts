/**
 * A version snapshot as bytes: JSON compressed with Brotli, cut into chunks
 * that each fit a DynamoDB item (400 KB) with room for their keys.
 */
import type { VersionSnapshot } from '../../domain/versions/versionRecords';

/** Loaded on first use: only versions need it, and loading it costs every cold start. */
const zlib = () => process.getBuiltinModule('node:zlib');

export const CHUNK_BYTES = 350_000;
const FORMAT = 1;

export interface EncodedSnapshot {
  chunks: Uint8Array[];
  rawBytes: number;
  compressedBytes: number;
}

export function encodeSnapshot(snapshot: VersionSnapshot): EncodedSnapshot {
  const raw = Buffer.from(JSON.stringify({ format: FORMAT, ...snapshot }), 'utf8');
  const { brotliCompressSync, constants } = zlib();
  const compressed = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < compressed.length; offset += CHUNK_BYTES) {
    chunks.push(new Uint8Array(compressed.subarray(offset, offset + CHUNK_BYTES)));
  }
  return { chunks, rawBytes: raw.length, compressedBytes: compressed.length };
}

export function decodeSnapshot(chunks: readonly Uint8Array[]): VersionSnapshot {
  const parsed = JSON.parse(
    zlib().brotliDecompressSync(Buffer.concat(chunks)).toString('utf8'),
  ) as VersionSnapshot & {
    format: number;
  };
  if (parsed.format !== FORMAT) throw new Error(`Unknown snapshot format ${parsed.format}`);
  return { contents: parsed.contents, personas: parsed.personas };
}
