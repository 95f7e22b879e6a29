/**
 * What the bench must undo however it ends (normally, on an error, on
 * Ctrl-C): each resource registers its own clean-up step when it is made, and
 * the steps run last-in, first-out.
 */

type Step = () => void | Promise<void>;

const steps: Step[] = [];

export function onCleanUp(step: Step): void {
  steps.push(step);
}

let inProgress: Promise<void> | null = null;
let interrupted = false;

/** Runs every step once; a second call (an error after Ctrl-C) waits for the same run. */
export function cleanUp(): Promise<void> {
  inProgress ??= (async () => {
    while (steps.length > 0) {
      const step = steps.pop();
      try {
        await step?.();
      } catch (error) {
        console.error('clean-up step failed:', error);
      }
    }
  })();
  return inProgress;
}

/** True once SIGINT or SIGTERM arrived: errors after it are the interruption's, not news. */
export const wasInterrupted = (): boolean => interrupted;

/**
 * Cleans up, then exits, on SIGINT and SIGTERM.
 *
 * Note: `on`, not `once`: Ctrl-C may deliver SIGINT twice (from the terminal
 * and relayed by tsx), and a second one without a listener would end the
 * process before the clean-up.
 */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${signal}: stopping…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}
