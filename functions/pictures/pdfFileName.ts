/**
 * The `filename` parameters of a poster PDF's Content-Disposition (RFC 6266):
 * an ASCII fallback (accents dropped, anything else a dash) and the title as
 * it is in `filename*` (RFC 8187, UTF-8, percent-encoded).
 */
import type { PdfFormatName } from '../../domain/pictures/pictureLinks';

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'journey-map';

/** `filename="…"; filename*=UTF-8''…` for a map titled `title`. */
export function pdfFileName(title: string, version: number | null, format: PdfFormatName): string {
  const suffix = `${version === null ? '' : ` v${version}`} ${format}`;
  const fallback = `${ascii(title)}-${suffix.trim().replace(/ /g, '-')}.pdf`;
  const full = `${title}${suffix}.pdf`;
  const encoded = encodeURIComponent(full).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
