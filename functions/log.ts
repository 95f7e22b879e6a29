/** Structured logs: one JSON line per event, as CloudWatch Logs Insights reads them. */
export function log(message: string, details: Record<string, unknown> = {}): void {
  console.error(JSON.stringify({ level: 'error', message, ...details }));
}
