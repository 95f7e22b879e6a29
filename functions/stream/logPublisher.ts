/**
 * The event publisher of a stack without a bus (`npm start`: EventBridge has
 * no local emulator): each event is one JSON line on the function's output,
 * `{"event": "<detail-type>", "detail": {…}}`, as `npm start` prints it.
 */
import type { EventPublisher } from '../../domain/ports/eventPublisher';

export const logPublisher = (write: (line: string) => void = console.log): EventPublisher => ({
  publish(events) {
    for (const event of events)
      write(JSON.stringify({ event: event.detailType, detail: event.detail }));
    return Promise.resolve({ failedIds: [] });
  },
});
