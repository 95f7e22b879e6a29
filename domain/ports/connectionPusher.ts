/** Sends messages to WebSocket clients (API Gateway's management API in AWS). */
export interface ConnectionPusher {
  /** Sends one message; `gone` when the client has disconnected. */
  send(connectionId: string, message: string): Promise<'sent' | 'gone'>;
  /** Closes a connection from the server's side. */
  disconnect(connectionId: string): Promise<void>;
}
