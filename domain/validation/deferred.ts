import * as z from 'zod';
import { once } from '../shared/once';

/**
 * A schema built on its first use rather than when its module loads. Input
 * schemas and entity declarations are many and each request needs a few:
 * building all of them at a Lambda cold start would cost tens of
 * milliseconds of CPU for nothing. Built once: `unwrap()` would otherwise
 * build it again at each call.
 */
export const deferred = <T extends z.ZodType>(build: () => T) => z.lazy(once(build));
