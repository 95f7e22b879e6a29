/**
 * Which personas each recently read map linked, remembered by the container
 * (a Lambda container serves many requests). A map's personas live outside
 * its partition, so reading a map with its personas is two requests, the
 * second needing the first's answer; with a hint, the personas are asked for
 * while the map is read, and a read takes one round trip instead of two.
 *
 * A hint is only a guess: the map's own header says which personas it shows,
 * and any it names that the guess missed are fetched then (loaders
 * de-duplicate). Keys include the workspace, and the persona loader is the
 * caller's workspace's, so a hint can never fetch another workspace's data.
 */
export class PersonaHints {
  private readonly links = new Map<string, readonly string[]>();

  constructor(private readonly capacity = 1_000) {}

  get(workspaceId: string, mapId: string): readonly string[] | undefined {
    return this.links.get(`${workspaceId}#${mapId}`);
  }

  remember(workspaceId: string, mapId: string, personaIds: readonly string[]): void {
    const key = `${workspaceId}#${mapId}`;
    // Re-inserted so that the Map's order is least recently read first.
    this.links.delete(key);
    this.links.set(key, personaIds);
    if (this.links.size > this.capacity) {
      const oldest = this.links.keys().next();
      if (!oldest.done) this.links.delete(oldest.value);
    }
  }
}

/** The container's hints. */
export const personaHints = new PersonaHints();
