/**
 * A value built on its first use, then the same value ever after: for what a
 * cold start need not build until a request asks for it (schemas, field
 * lists).
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
