import { format } from 'node:util';

/**
 * Collects everything written to the console while a test runs, so a test can
 * assert that a client (Apollo Client's cache) warned about nothing.
 */
const LEVELS = ['debug', 'log', 'info', 'warn', 'error'] as const;

export interface ConsoleCapture {
  /** Each call, as `level: message`. */
  readonly lines: string[];
  /** Puts the console back. */
  restore(): void;
}

export function captureConsole(): ConsoleCapture {
  const lines: string[] = [];
  const spies = LEVELS.map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(`${level}: ${format(...args)}`);
    }),
  );
  return {
    lines,
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
