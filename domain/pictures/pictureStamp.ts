/**
 * What a picture of a map depends on, cheaply known: for the draft, the map's
 * header (its creation instant and its change counter, which every write to
 * the map or any of its parts bumps) and the revisions of the personas it
 * prints; for a published version, its number and publication instant (a
 * version never changes). A strong ETag is a hash of the stamp, the picture
 * (kind and format) and the renderer's version: the same ETag always means
 * the same bytes, because rendering is deterministic.
 */
import { createHash } from 'node:crypto';
import type { MapHeaderRecord } from '../maps/journeyMap';
import type { PersonaRecord } from '../personas/persona';
import { PICTURES_RENDERER_VERSION } from './rendererVersion';

/** The state a picture is drawn from, reduced to what identifies it. */
export interface PictureStamp {
  workspaceId: string;
  mapId: string;
  version: number | null;
  /** For the draft: createdAt, changeSeq and each persona's id and revision; for a version: its publishedAt. */
  state: readonly unknown[];
}

/** The stamp of the draft, from its header and the personas it prints. */
export const draftStamp = (
  workspaceId: string,
  header: MapHeaderRecord,
  personas: readonly PersonaRecord[],
): PictureStamp => ({
  workspaceId,
  mapId: header.id,
  version: null,
  state: [header.createdAt, header.changeSeq, ...personas.map((p) => [p.id, p.revision])],
});

/** The stamp of published version `number`, from its publication instant. */
export const versionStamp = (
  workspaceId: string,
  mapId: string,
  number: number,
  publishedAt: string,
): PictureStamp => ({ workspaceId, mapId, version: number, state: [publishedAt] });

/**
 * The strong ETag (quoted, RFC 9110) of one representation: `variant` names
 * the picture and its format (`poster.pdf?format=A0`). 160 bits of SHA-256,
 * base64url: nothing of the map or the workspace can be read from it.
 */
export function pictureEtag(stamp: PictureStamp, variant: string): string {
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        PICTURES_RENDERER_VERSION,
        variant,
        stamp.workspaceId,
        stamp.mapId,
        stamp.version,
        stamp.state,
      ]),
    )
    .digest('base64url')
    .slice(0, 27);
  return `"${digest}"`;
}
