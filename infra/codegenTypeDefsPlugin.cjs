// @ts-check
/**
 * graphql-codegen plugin: emits the SDL of schema/*.graphql, files in name
 * order, as exported strings, so that no runtime needs a loader for .graphql
 * files: `typeDefs`, whole, and `compactSchemaJson`, its syntax tree without
 * descriptions, as JSON in the compact form resolvers/server/compactDocument.ts
 * inflates. A deployed function reads the compact one: with introspection off,
 * descriptions are never seen there, and JSON.parse of the tree costs a cold
 * start a fifth of the instructions graphql-js's parser takes for the SDL.
 *
 * Introspection does not show directives, so the description of every field
 * that declares `@requiresRole` gets a sentence naming its role, made here
 * from the directive (never written by hand): "Required role: EDITOR (or OWNER)."
 * It ends the first paragraph, which explorers show in their lists of fields.
 */
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { Kind, parse, print, visit } = require('graphql');

/** @param {string} text */
const literal = (text) => `\`${text.replace(/[\\`]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${')}\``;

/**
 * A type reference as SDL writes it: `ID!`, `[Stage!]!`.
 * @param {import('graphql').TypeNode} type
 * @returns {string}
 */
const typeReference = (type) =>
  type.kind === Kind.NON_NULL_TYPE
    ? `${typeReference(type.type)}!`
    : type.kind === Kind.LIST_TYPE
      ? `[${typeReference(type.type)}]`
      : type.name.value;

/**
 * The compact form of a syntax tree (inflated by resolvers/server/compactDocument.ts):
 * a Name node is its string, a `type` its SDL reference, and empty lists are left out.
 * @param {unknown} value
 * @param {string} [key]
 * @returns {unknown}
 */
function deflate(value, key) {
  if (Array.isArray(value)) return value.map((item) => deflate(item));
  if (!value || typeof value !== 'object') return value;
  const node = /** @type {import('graphql').ASTNode} */ (value);
  if (node.kind === Kind.NAME) return node.value;
  if (key === 'type' && 'kind' in node && /Type$/.test(node.kind)) {
    return typeReference(/** @type {import('graphql').TypeNode} */ (node));
  }
  /** @type {Record<string, unknown>} */
  const compact = {};
  for (const [name, field] of Object.entries(node)) {
    if (field === undefined || (Array.isArray(field) && field.length === 0)) continue;
    compact[name] = deflate(field, name);
  }
  return compact;
}

/**
 * The SDL's syntax tree without descriptions, in compact form, as JSON.
 * @param {string} sdl
 */
function compactJson(sdl) {
  const withoutDescriptions = visit(parse(sdl, { noLocation: true }), {
    enter(node) {
      return 'description' in node && node.description
        ? { ...node, description: undefined }
        : undefined;
    },
  });
  return JSON.stringify(deflate(withoutDescriptions));
}

/**
 * The roles in their declared order, least first (enum Role of the SDL).
 * @param {import('graphql').DocumentNode[]} documents
 */
function declaredRoles(documents) {
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'Role') {
        return (definition.values ?? []).map((value) => value.name.value);
      }
    }
  }
  throw new Error('The SDL declares no enum Role');
}

/**
 * The sentence that states a role, with the roles above it that may too.
 * @param {string} role
 * @param {string[]} roles
 */
function roleSentence(role, roles) {
  const above = roles.slice(roles.indexOf(role) + 1);
  if (!roles.includes(role)) throw new Error(`@requiresRole names an unknown role ${role}`);
  return `Required role: ${role}${above.length > 0 ? ` (or ${above.join(', ')})` : ''}.`;
}

/**
 * The SDL of one file with the role sentence added to the description of each
 * field that declares `@requiresRole`; everything else is kept as written.
 * @param {string} source
 * @param {import('graphql').DocumentNode} document
 * @param {string[]} roles
 */
function withRoleDescriptions(source, document, roles) {
  /** @type {{ start: number; end: number; text: string }[]} */
  const edits = [];
  visit(document, {
    FieldDefinition(field) {
      const directive = field.directives?.find((d) => d.name.value === 'requiresRole');
      const argument = directive?.arguments?.find((a) => a.name.value === 'role');
      if (!argument || argument.value.kind !== Kind.ENUM || !field.loc) return;
      const sentence = roleSentence(argument.value.value, roles);
      const lineStart = source.lastIndexOf('\n', field.loc.start) + 1;
      const indent = ' '.repeat(field.loc.start - lineStart);
      const old = field.description;
      const text = old?.value ?? '';
      const paragraphEnd = text.includes('\n\n') ? text.indexOf('\n\n') : text.length;
      const value = `${text.slice(0, paragraphEnd)} ${sentence}`.trim() + text.slice(paragraphEnd);
      const printed = print({ kind: Kind.STRING, value, block: value.includes('\n') })
        .split('\n')
        .map((line, i) => (i === 0 || line === '' ? line : indent + line))
        .join('\n');
      edits.push(
        old?.loc
          ? { start: old.loc.start, end: old.loc.end, text: printed }
          : { start: field.loc.start, end: field.loc.start, text: `${printed}\n${indent}` },
      );
    },
  });
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

module.exports = {
  plugin() {
    const dir = join(process.cwd(), 'schema');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => ({ name: f, source: readFileSync(join(dir, f), 'utf8').trim() }));
    const documents = files.map((file) => parse(file.source));
    const roles = declaredRoles(documents);
    const sdl = files
      .map((file, i) => {
        const document = /** @type {import('graphql').DocumentNode} */ (documents[i]);
        return `# schema/${file.name}\n${withRoleDescriptions(file.source, document, roles)}\n`;
      })
      .join('\n');
    return [
      '/* Generated by graphql-codegen from schema/*.graphql. Do not edit. */',
      `export const typeDefs = /* GraphQL */ ${literal(`\n${sdl}`)};`,
      '',
      '/** The same schema without descriptions: its syntax tree in compact form (resolvers/server/compactDocument.ts). */',
      `export const compactSchemaJson = '${compactJson(sdl).replace(/[\\']/g, (c) => `\\${c}`)}';`,
      '',
    ].join('\n');
  },
};
