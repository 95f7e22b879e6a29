import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { LIMITS } from '../validation/limits';

/**
 * The id of `node(id:)`: any string up to the length of a list item (a
 * version's object ids are longer than an entity's), so that a huge one is
 * refused before it is looked up.
 */
export const nodeIdArg = deferred(() => z.string().max(LIMITS.listItemLength, 'is not an id'));

/**
 * The ids of `nodes(ids:)`: up to 100, like any list input. An id is any
 * string: one that names nothing (or nothing of this workspace) reads as null.
 */
export const nodeIdsArg = deferred(() =>
  z.array(nodeIdArg).max(LIMITS.listItems, `must have at most ${LIMITS.listItems} ids`),
);
