/**
 * The version of the drawings. It is part of every picture's ETag, so a
 * client that cached a picture drawn by an older renderer fetches it again.
 * Bump it whenever the bytes of a picture may change for the same map: a unit
 * test (tests/unit/pictures/rendererVersion.test.ts) pins the demo map's
 * pictures to this number and fails until it is bumped.
 */
export const PICTURES_RENDERER_VERSION = 1;
