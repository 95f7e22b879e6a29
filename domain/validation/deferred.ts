import * as z from 'zod';

/**
 * A schema built on its first use rather than when its module loads. Input
 * schemas are many and each request needs one or two: building all of them
 * at a Lambda cold start would cost about 30 ms of CPU for nothing.
 */
export const deferred = <T extends z.ZodType>(build: () => T) => z.lazy(build);
