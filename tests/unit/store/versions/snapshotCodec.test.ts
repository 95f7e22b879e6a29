import { brotliCompressSync } from 'node:zlib';
import type { VersionSnapshot } from '../../../../domain/versions/versionRecords';
import {
  CHUNK_BYTES,
  decodeSnapshot,
  encodeSnapshot,
} from '../../../../store/versions/snapshotCodec';
import { seededPrng } from '../../support/prng';
import { make, testId } from '../../support/records';
import { MAP } from '../../support/table';

const [STAGE, TOUCHPOINT] = [testId(11), testId(21)];

const snapshot = (): VersionSnapshot => ({
  contents: make.contents({
    header: make.header({
      id: MAP,
      title: 'Souscription SaaS — été 2025',
      personaIds: [testId(901)],
    }),
    stages: [make.stage({ id: STAGE, name: 'Découverte', customerGoal: 'Être rassuré' })],
    touchpoints: [
      make.touchpoint({
        id: TOUCHPOINT,
        stageId: STAGE,
        thoughts: ['« Est-ce que ça marche avec mon CRM ? »'],
        emotionScore: -1,
      }),
    ],
    painPoints: [
      make.painPoint({ id: testId(31), touchpointId: TOUCHPOINT, evidence: ['🙁 avis G2'] }),
    ],
    kpis: [
      make.kpi({
        id: testId(41),
        stageId: STAGE,
        history: [{ value: 38.5, measuredAt: '2025-03-31T00:00:00.000Z', source: null }],
      }),
    ],
    improvements: [make.improvement({ id: `${MAP}:${testId(51)}`, mapId: MAP })],
  }),
  personas: [make.persona({ id: testId(901), name: 'Marie, 42 ans' })],
});

/** A snapshot that compresses badly: `bytes` of pseudo-random text in a persona's quote. */
function incompressible(bytes: number): VersionSnapshot {
  const prng = seededPrng(42);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let quote = '';
  while (quote.length < bytes) quote += alphabet[prng.int(alphabet.length)];
  const s = snapshot();
  s.personas[0]!.quote = quote;
  return s;
}

describe('The snapshot codec', () => {
  it('decodes what it encoded, accents and emoji included', () => {
    const original = snapshot();
    expect(decodeSnapshot(encodeSnapshot(original).chunks)).toEqual(original);
  });

  it('compresses a typical map into one chunk, and reports both sizes', () => {
    const original = snapshot();
    const encoded = encodeSnapshot(original);
    expect(encoded.chunks).toHaveLength(1);
    expect(encoded.compressedBytes).toBe(encoded.chunks[0]!.length);
    expect(encoded.compressedBytes).toBeLessThan(encoded.rawBytes);
    expect(encoded.rawBytes).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(original)));
  });

  describe('larger than one chunk', () => {
    // About 510 KB of text that compresses to about 380 KB: two chunks. Encoded once (it takes a while).
    const original = incompressible(CHUNK_BYTES * 1.45);
    const encoded = encodeSnapshot(original);

    it('is cut into full chunks and a last, shorter one', () => {
      expect(encoded.chunks).toHaveLength(2);
      expect(encoded.chunks[0]!.length).toBe(CHUNK_BYTES);
      expect(encoded.chunks[1]!.length).toBeLessThanOrEqual(CHUNK_BYTES);
      expect(encoded.chunks[0]!.length + encoded.chunks[1]!.length).toBe(encoded.compressedBytes);
    });

    it('decodes from its chunks in order', () => {
      expect(decodeSnapshot(encoded.chunks)).toEqual(original);
    });

    it('does not decode from its chunks out of order', () => {
      expect(() => decodeSnapshot([...encoded.chunks].reverse())).toThrow();
    });
  });

  it('rejects a snapshot of an unknown format', () => {
    const future = brotliCompressSync(Buffer.from(JSON.stringify({ format: 2, ...snapshot() })));
    expect(() => decodeSnapshot([new Uint8Array(future)])).toThrow('Unknown snapshot format 2');
  });

  it('rejects a snapshot without a format', () => {
    const bare = brotliCompressSync(Buffer.from(JSON.stringify(snapshot())));
    expect(() => decodeSnapshot([new Uint8Array(bare)])).toThrow(/Unknown snapshot format/);
  });

  it('answers only the contents and the personas', () => {
    const decoded = decodeSnapshot(encodeSnapshot(snapshot()).chunks);
    expect(Object.keys(decoded).sort()).toEqual(['contents', 'personas']);
  });
});
