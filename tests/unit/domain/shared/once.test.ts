/** domain/shared/once.ts: built on the first call, the same value after. */
import { once } from '../../../../domain/shared/once';

describe('once', () => {
  it('builds nothing until asked, then builds once, even a value that is undefined', () => {
    const build = jest.fn((): number | undefined => undefined);
    const value = once(build);
    expect(build).not.toHaveBeenCalled();
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('answers the very same value each time', () => {
    const value = once(() => ({ built: true }));
    expect(value()).toBe(value());
  });
});
