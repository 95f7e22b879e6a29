/**
 * Paints a Picture (domain/pictures) onto a pdfkit page with the same
 * coordinates the SVG uses, scaled to fit the page. Text is written as text
 * in an embedded font, line by line at the layout's baselines, so it can be
 * searched and selected and wraps exactly as in the SVG.
 */
import type { Item, Picture, Stroke, TextItem } from '../../domain/pictures/picture';
import { LINE_HEIGHT, firstBaseline } from '../../domain/pictures/textMetrics';

/** The font names the document registered for the two weights. */
export interface PdfFonts {
  normal: string;
  bold: string;
}

function applyStroke(doc: PDFKit.PDFDocument, stroke: Stroke): void {
  doc.lineWidth(stroke.width).strokeColor(stroke.color);
  // Note: the pictures only use two-value dashes (dash, gap), which is what pdfkit's typings accept.
  const [dash, gap = dash] = stroke.dash ?? [];
  if (dash !== undefined) doc.dash(dash, { space: gap });
  else doc.undash();
}

/** Fills and/or strokes the path just built. */
function finishPath(doc: PDFKit.PDFDocument, fill: string | null, stroke: Stroke | null): void {
  if (stroke) applyStroke(doc, stroke);
  if (fill && stroke) doc.fillAndStroke(fill, stroke.color);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.stroke();
}

function paintText(doc: PDFKit.PDFDocument, text: TextItem, fonts: PdfFonts): void {
  doc.font(text.weight === 'bold' ? fonts.bold : fonts.normal).fontSize(text.fontSize);
  doc.fillColor(text.color);
  const baseline = firstBaseline(text.y, text.fontSize);
  text.lines.forEach((line, index) => {
    const width = doc.widthOfString(line);
    const offset =
      text.align === 'middle'
        ? (text.width - width) / 2
        : text.align === 'end'
          ? text.width - width
          : 0;
    doc.text(line, text.x + offset, baseline + index * text.fontSize * LINE_HEIGHT, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
  });
}

function paintItem(doc: PDFKit.PDFDocument, item: Item, fonts: PdfFonts): void {
  switch (item.kind) {
    case 'rect':
      if (item.radius > 0) doc.roundedRect(item.x, item.y, item.width, item.height, item.radius);
      else doc.rect(item.x, item.y, item.width, item.height);
      finishPath(doc, item.fill, item.stroke);
      return;
    case 'line':
      doc.moveTo(item.from.x, item.from.y).lineTo(item.to.x, item.to.y);
      finishPath(doc, null, item.stroke);
      return;
    case 'polyline': {
      const [first, ...rest] = item.points;
      if (!first) return;
      doc.moveTo(first.x, first.y);
      for (const point of rest) doc.lineTo(point.x, point.y);
      doc.lineJoin('round');
      finishPath(doc, null, item.stroke);
      return;
    }
    case 'polygon':
      doc.polygon(...item.points.map((p): [number, number] => [p.x, p.y]));
      finishPath(doc, item.fill, item.stroke);
      return;
    case 'circle':
      doc.circle(item.center.x, item.center.y, item.radius);
      finishPath(doc, item.fill, item.stroke);
      return;
    case 'text':
      paintText(doc, item, fonts);
      return;
    case 'group':
      for (const child of item.items) paintItem(doc, child, fonts);
      return;
  }
}

/** Paints `picture` centred in the box, scaled down (or up) to fit it. */
export function paintPicture(
  doc: PDFKit.PDFDocument,
  picture: Picture,
  box: { x: number; y: number; width: number; height: number },
  fonts: PdfFonts,
): void {
  const scale = Math.min(box.width / picture.width, box.height / picture.height);
  const offsetX = box.x + (box.width - picture.width * scale) / 2;
  const offsetY = box.y + (box.height - picture.height * scale) / 2;
  doc.save();
  doc.translate(offsetX, offsetY).scale(scale);
  doc.rect(0, 0, picture.width, picture.height).fill(picture.background);
  for (const item of picture.items) paintItem(doc, item, fonts);
  doc.restore();
}
