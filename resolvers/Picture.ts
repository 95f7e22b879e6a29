import { viewOwning } from '../domain/maps/mapView';
import { pictureUrl } from '../domain/pictures/pictureLinks';
import type { Resolvers } from './__generated__/resolverTypes';

/** The URLs of a map's pictures, built from the request's public base URL: no read. */
export const pictureResolvers: Resolvers = {
  JourneyMap: {
    pictures: (map) => ({ mapId: map.id, version: viewOwning(map)?.version ?? null }),
  },
  JourneyMapVersion: {
    pictures: (meta) => ({ mapId: meta.mapId, version: meta.number }),
  },
  JourneyMapPictures: {
    posterSvg: (p, _args, ctx) => pictureUrl(ctx.publicBaseUrl, p.mapId, p.version, 'posterSvg'),
    posterPdf: (p, { format }, ctx) =>
      pictureUrl(ctx.publicBaseUrl, p.mapId, p.version, 'posterPdf', format),
    emotionCurveSvg: (p, _args, ctx) =>
      pictureUrl(ctx.publicBaseUrl, p.mapId, p.version, 'emotionCurveSvg'),
    matrixSvg: (p, _args, ctx) => pictureUrl(ctx.publicBaseUrl, p.mapId, p.version, 'matrixSvg'),
  },
};
