/**
 * The entity declarations (domain/<entity>/<entity>.ts) cost a cold start
 * nothing until a request decodes their entity: none is built when its module
 * loads, each is built once, on its first use.
 */
import type * as Zod from 'zod';
import type * as StageModule from '../../../domain/stages/stage';

const ENTITY_MODULES = [
  '../../../domain/apiKeys/apiKey',
  '../../../domain/backlog/improvement',
  '../../../domain/kpis/kpi',
  '../../../domain/maps/journeyMap',
  '../../../domain/painPoints/painPoint',
  '../../../domain/personas/persona',
  '../../../domain/shareLinks/shareLink',
  '../../../domain/stages/stage',
  '../../../domain/touchpoints/touchpoint',
];

describe('The entity declarations', () => {
  it('are built on their first use, once, not when their modules load', () => {
    const objects = jest.fn();
    jest.isolateModules(() => {
      // zod as it is, but for a count of the objects built.
      jest.doMock('zod', () => {
        const actual = jest.requireActual<typeof Zod>('zod');
        return {
          ...actual,
          object: (...args: Parameters<typeof actual.object>) => {
            objects();
            return actual.object(...args);
          },
        };
      });
      /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the mock, in isolation */
      for (const path of ENTITY_MODULES) require(path);
      expect(objects).not.toHaveBeenCalled();

      const { stageRecord } = require('../../../domain/stages/stage') as typeof StageModule;
      /* eslint-enable @typescript-eslint/no-require-imports */
      expect(stageRecord.safeParse({}).success).toBe(false);
      expect(objects).toHaveBeenCalledTimes(1);
      stageRecord.safeParse({});
      expect(objects).toHaveBeenCalledTimes(1);
    });
  });
});
