/** The custom scalars: DateTime and Date as ISO-8601 strings, JSON for values of several types. */
import {
  GraphQLError,
  GraphQLScalarType,
  Kind,
  valueFromASTUntyped,
  type ValueNode,
} from 'graphql';
import { isRealDay } from '../../domain/shared/calendar';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDateTime(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !DATE_TIME.test(value) ||
    !isRealDay(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new GraphQLError(
      'DateTime must be an ISO-8601 date-time with a time zone, e.g. 2025-03-31T09:30:00Z',
    );
  }
  return new Date(value).toISOString();
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value) || !isRealDay(value)) {
    throw new GraphQLError('Date must be an ISO-8601 calendar date, e.g. 2025-06-30');
  }
  return value;
}

const stringLiteral = (ast: ValueNode): unknown => (ast.kind === Kind.STRING ? ast.value : null);

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'An instant in time, as an ISO-8601 string in UTC with milliseconds (`2025-03-31T09:30:00.000Z`).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast)),
});

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, as an ISO-8601 string (`2025-06-30`).',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast)),
});

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description:
    'Any JSON value. Used where a value can be of several types, such as the before/after of a diff.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
