/** What a published version is: its description and its frozen content. */
import type { Actor } from '../context/actor';
import type { MapContents } from '../maps/mapContents';
import type { PersonaRecord } from '../personas/persona';

export interface VersionMeta {
  mapId: string;
  /** 1, 2, … in publication order, without gaps. */
  number: number;
  /** Free text, e.g. "v2 2025". */
  label: string;
  notes: string | null;
  publishedAt: string;
  publishedBy: Actor;
}

/** The whole draft as it was when published, personas included as they were then. */
export interface VersionSnapshot {
  contents: MapContents;
  personas: PersonaRecord[];
}

export interface PublishedVersion {
  meta: VersionMeta;
  snapshot: VersionSnapshot;
}
