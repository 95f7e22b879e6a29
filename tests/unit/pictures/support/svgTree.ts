/**
 * Reads an SVG string back into a small tree, the way a browser test would
 * query the DOM: elements with their attributes, children and text. Parsing
 * fails on anything that is not well-formed XML.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface SvgNode {
  name: string;
  attributes: Record<string, string>;
  children: SvgNode[];
  /** The node's own text and its descendants', in document order. */
  text: string;
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
});

function toNode(entry: Ordered): SvgNode | null {
  const name = Object.keys(entry).find((key) => key !== ':@');
  if (name === undefined || name === '#text' || name === '?xml') return null;
  const attributes = (entry[':@'] ?? {}) as Record<string, string>;
  const raw = entry[name] as Ordered[];
  const children: SvgNode[] = [];
  let text = '';
  for (const child of raw) {
    if ('#text' in child) {
      text += String(child['#text']);
      continue;
    }
    const node = toNode(child);
    if (node) {
      children.push(node);
      text += node.text;
    }
  }
  return { name, attributes, children, text };
}

/** Parses `svg` (failing the test if it is not well-formed) and returns its root element. */
export function parseSvg(svg: string): SvgNode {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- its successor package is not installed; this one is maintained
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`Not well-formed XML: ${JSON.stringify(valid.err)}`);
  const entries = parser.parse(svg) as Ordered[];
  const root = entries.map(toNode).find((node) => node?.name === 'svg');
  if (!root) throw new Error('No <svg> root');
  return root;
}

/** Every descendant (and the node itself) matching `predicate`, in document order. */
export function findAll(node: SvgNode, predicate: (node: SvgNode) => boolean): SvgNode[] {
  const found = predicate(node) ? [node] : [];
  return found.concat(node.children.flatMap((child) => findAll(child, predicate)));
}

/** Matches elements with `className` among their classes. */
export const byClass =
  (className: string) =>
  (node: SvgNode): boolean =>
    (node.attributes.class ?? '').split(/\s+/).includes(className);

/** A numeric attribute (fails loudly when missing). */
export function numberAttribute(node: SvgNode, name: string): number {
  const value = node.attributes[name];
  if (value === undefined) throw new Error(`<${node.name}> has no ${name}`);
  return Number(value);
}
