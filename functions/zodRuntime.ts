/**
 * zod's settings for a Lambda function. Imported first by the entry points,
 * because zod reads them when a schema is built, and the entity declarations
 * are built as their modules load.
 *
 * Note: zod compiles a parser for each object schema the first time it
 * parses (`new Function`), which costs a cold start more than it saves a
 * request that reads one map; the interpreted parser is fast enough.
 */
import { config } from 'zod';

config({ jitless: true });
