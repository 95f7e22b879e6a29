/**
 * Captures what the function logs while a test runs, whichever way the log
 * is written (console methods, or straight to stdout/stderr as structured
 * loggers do), so a test can find a request's log line. Nothing captured is
 * printed.
 */

export interface CapturedLogs {
  /** Every line written since the capture started. */
  lines(): string[];
  /** Restores the console and the streams. */
  stop(): void;
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

export function captureLogs(): CapturedLogs {
  const written: string[] = [];
  const record = (...parts: unknown[]) => {
    written.push(parts.map((part) => (typeof part === 'string' ? part : String(part))).join(' '));
  };
  const spies = [
    ...CONSOLE_METHODS.map((method) => jest.spyOn(console, method).mockImplementation(record)),
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      record(String(chunk));
      return true;
    }),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
      record(String(chunk));
      return true;
    }),
  ];
  return {
    lines: () => written.flatMap((text) => text.split('\n')).filter(Boolean),
    stop: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
