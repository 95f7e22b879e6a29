/**
 * A tiny SVG element builder that escapes everything it is given: attribute
 * values and text content go through `escapeXml`, so no user string can open
 * a tag, close an attribute or smuggle an entity. Output is deterministic:
 * attributes keep their insertion order and numbers have at most two decimals.
 */
import { replaceInvalidXmlCharacters } from './normalizeText';

/** An attribute value; null and undefined leave the attribute out. */
export type AttributeValue = string | number | null | undefined;

/** An element with its attributes (in order) and children. */
export interface SvgElement {
  name: string;
  attributes: Readonly<Record<string, AttributeValue>>;
  children: readonly SvgChild[];
}

/** A child is an element or a text node (escaped when serialised). */
export type SvgChild = SvgElement | string;

/** Elements whose content is text: serialised without added whitespace, which SVG would render. */
const INLINE = new Set(['text', 'tspan', 'title', 'desc']);

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes the five XML special characters and replaces code points XML cannot hold. */
export const escapeXml = (text: string): string =>
  replaceInvalidXmlCharacters(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** A number as SVG writes it: at most two decimals, no "-0". */
export function formatNumberAttribute(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Builds an element; `children` may mix elements and strings. */
export const element = (
  name: string,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  children: readonly SvgChild[] = [],
): SvgElement => ({ name, attributes, children });

function serializeAttributes(attributes: Readonly<Record<string, AttributeValue>>): string {
  return Object.entries(attributes)
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined,
    )
    .map(([key, value]) => {
      const text = typeof value === 'number' ? formatNumberAttribute(value) : value;
      return ` ${key}="${escapeXml(text)}"`;
    })
    .join('');
}

function serializeNode(node: SvgChild, depth: number, inline: boolean): string {
  if (typeof node === 'string') return escapeXml(node);
  const open = `<${node.name}${serializeAttributes(node.attributes)}`;
  if (node.children.length === 0) return `${open}/>`;
  const childInline = inline || INLINE.has(node.name);
  if (childInline) {
    const content = node.children.map((child) => serializeNode(child, 0, true)).join('');
    return `${open}>${content}</${node.name}>`;
  }
  const indent = '  '.repeat(depth + 1);
  const content = node.children
    .map((child) => `\n${indent}${serializeNode(child, depth + 1, false)}`)
    .join('');
  return `${open}>${content}\n${'  '.repeat(depth)}</${node.name}>`;
}

/** The element as XML text, indented, with no XML declaration. */
export const serialize = (node: SvgElement): string => serializeNode(node, 0, false);
