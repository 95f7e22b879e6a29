/**
 * A request for a picture, read from its API Gateway event: which map, which
 * picture, which version and PDF format. A path that names no picture, or a
 * map id that cannot exist, is NOT_FOUND without any read; a bad `version` or
 * `format` is BAD_USER_INPUT naming the parameter.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import {
  PDF_FORMATS,
  PICTURE_FILES,
  type PdfFormatName,
  type PictureKind,
} from '../../domain/pictures/pictureLinks';
import { badInput, DomainError } from '../../domain/shared/errors';
import { ULID_PATTERN } from '../../domain/shared/ids';

export interface PictureRequest {
  mapId: string;
  kind: PictureKind;
  /** null: the draft. */
  version: number | null;
  /** The PDF's page size (A4 unless asked); null for the SVGs. */
  format: PdfFormatName | null;
  /** `download=1`: the PDF is an attachment rather than shown in the browser. */
  download: boolean;
}

const KIND_OF_FILE = new Map<string, PictureKind>(
  Object.entries(PICTURE_FILES).map(([kind, file]) => [file, kind as PictureKind]),
);
const PATH = /\/maps\/([^/]+)\/([^/]+)$/;
const VERSION = /^[1-9][0-9]{0,8}$/;

const notFound = () => new DomainError('NOT_FOUND', 'No such picture in this workspace.');

/** The one value of a query parameter; BAD_USER_INPUT when it is given twice. */
function single(query: URLSearchParams, name: string): string | null {
  const values = query.getAll(name);
  if (values.length > 1) throw badInput([{ path: [name], message: 'must be given once' }]);
  return values[0] ?? null;
}

export function parsePictureRequest(event: APIGatewayProxyEventV2): PictureRequest {
  const match = PATH.exec(event.rawPath);
  const kind = match?.[2] ? KIND_OF_FILE.get(match[2]) : undefined;
  const mapId = match?.[1] ?? '';
  if (!kind || !ULID_PATTERN.test(mapId)) throw notFound();

  const query = new URLSearchParams(event.rawQueryString);
  const versionText = single(query, 'version');
  if (versionText !== null && !VERSION.test(versionText)) {
    throw badInput([{ path: ['version'], message: 'must be a version number: 1, 2…' }]);
  }
  let format: PdfFormatName | null = null;
  if (kind === 'posterPdf') {
    const asked = (single(query, 'format') ?? 'A4').toUpperCase();
    format = PDF_FORMATS.find((f) => f === asked) ?? null;
    if (!format) throw badInput([{ path: ['format'], message: 'must be A4 or A0' }]);
  }
  const download = single(query, 'download');
  return {
    mapId,
    kind,
    version: versionText === null ? null : Number(versionText),
    format,
    download: download === '1' || download === 'true',
  };
}
