import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { LIMITS } from '../validation/limits';

/**
 * The ids of `nodes(ids:)`: up to 100, like any list input. An id is any
 * string: one that names nothing (or nothing of this workspace) reads as null.
 */
export const nodeIdsArg = deferred(() =>
  z
    .array(z.string().max(LIMITS.listItemLength, 'is not an id'))
    .max(LIMITS.listItems, `must have at most ${LIMITS.listItems} ids`),
);
