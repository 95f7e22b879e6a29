/**
 * Environment variables for one test file: set before its own `beforeAll`
 * hooks run (call this first), given back as they were after its tests.
 */
export function useEnvironment(settings: Record<string, string>): void {
  const saved = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]));
  beforeAll(() => {
    Object.assign(process.env, settings);
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  });
}
