/** One page of a list, as stores return it and connections expose it. */
export interface PageRequest {
  first: number;
  /** Opaque cursor made by the same store method. */
  after: string | null;
}

export interface Page<T> {
  items: { node: T; cursor: string }[];
  hasNextPage: boolean;
}
