/**
 * Request serialization: API params → TopParams (wire text, or files). With a schema each field is encoded by its
 * TOP type; without one (or for fields the schema does not know) by the JS value's type.
 */
import { isListSchema, isObjectSchema, type FieldSchema, type ObjectSchema } from './schema.js';
import type { TopFile, TopParams } from './types.js';
import { formatTopDate, isBlank } from './sign.js';

/** A `byte[]` value: Blob/File, `{name, data: Uint8Array}` or raw bytes (Buffer / Uint8Array). */
export function isTopFile(value: unknown): value is TopFile | Uint8Array {
  if (value instanceof Uint8Array) return true;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    'data' in value &&
    (value as { data: unknown }).data instanceof Uint8Array
  );
}

/** `Number`: safe integer, bigint or a string of decimal digits → exact digits. */
export function encodeInteger(value: unknown, field: string): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new TypeError(
        `${field}: ${value} is not a safe integer; pass a bigint or a decimal string for int64 values`,
      );
    return String(value);
  }
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return value.trim();
  throw new TypeError(`${field}: expected an integer (number, bigint or digit string), got ${typeof value}`);
}

/** `Price`: a plain decimal, never an exponent. Strings pass through. */
export function encodeDecimal(value: unknown, field: string): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isFinite(value)) {
    const s = String(value);
    return /e/i.test(s) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : s;
  }
  throw new TypeError(`${field}: expected a decimal (number or string), got ${String(value)}`);
}

function encodeDate(value: unknown, field: string): string {
  if (value instanceof Date) return formatTopDate(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatTopDate(new Date(value));
  throw new TypeError(`${field}: expected a Date or a string`);
}

function encodeBoolean(value: unknown, field: string): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === 'true' || value === 'false') return value;
  throw new TypeError(`${field}: expected a boolean`);
}

const isScalarValue = (v: unknown): boolean =>
  ['string', 'number', 'bigint', 'boolean'].includes(typeof v) || v instanceof Date;

/** Compact JSON text: nulls omitted from objects, Dates as UTC+8 text, bigint and `Number` fields as bare digits. */
export function toJsonText(value: unknown, schema?: FieldSchema, field = 'value'): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (schema !== undefined && isListSchema(schema)) {
    const items = Array.isArray(value) ? value : [value];
    return `[${items.map((v, i) => toJsonText(v, schema[0], `${field}[${i}]`) ?? 'null').join(',')}]`;
  }
  if (schema !== undefined && !isObjectSchema(schema)) {
    switch (schema) {
      case 'Number':
      case 'byte':
        return encodeInteger(value, field);
      case 'Boolean':
        return encodeBoolean(value, field);
      case 'Date':
        return JSON.stringify(encodeDate(value, field));
      case 'Price':
        return typeof value === 'string' ? JSON.stringify(value) : encodeDecimal(value, field);
      case 'String':
        if (typeof value === 'object' && !(value instanceof Date))
          return JSON.stringify(toJsonText(value, undefined, field));
        break;
      default:
        break;
    }
  }
  const obj = schema !== undefined && isObjectSchema(schema) ? schema : undefined;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return JSON.stringify(formatTopDate(value));
  if (Array.isArray(value))
    return `[${value.map((v, i) => toJsonText(v, undefined, `${field}[${i}]`) ?? 'null').join(',')}]`;
  if (typeof value === 'object') {
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return toJsonText(withJson.toJSON(), schema, field);
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      const text = toJsonText(v, obj?.[k], `${field}.${k}`);
      if (text !== undefined) parts.push(`${JSON.stringify(k)}:${text}`);
    }
    return `{${parts.join(',')}}`;
  }
  return undefined;
}

/** Encodes one param; `undefined` means "omit". */
export function encodeParam(
  value: unknown,
  schema: FieldSchema | undefined,
  field: string,
): string | TopFile | undefined {
  if (isBlank(value)) return undefined;
  if (isTopFile(value)) return value instanceof Uint8Array ? { name: field, data: value } : value;
  if (schema !== undefined && isListSchema(schema)) {
    if (typeof value === 'string') return value;
    const items = Array.isArray(value) ? value : [value];
    if (isObjectSchema(schema[0]) || isListSchema(schema[0])) return toJsonText(items, schema, field);
    return items
      .filter((v) => !isBlank(v))
      .map((v, i) => String(encodeParam(v, schema[0], `${field}[${i}]`)))
      .join(',');
  }
  if (schema !== undefined && isObjectSchema(schema))
    return typeof value === 'string' ? value : toJsonText(value, schema, field);
  switch (schema) {
    case 'Number':
    case 'byte':
      return encodeInteger(value, field);
    case 'Boolean':
      return encodeBoolean(value, field);
    case 'Date':
      return encodeDate(value, field);
    case 'Price':
      return encodeDecimal(value, field);
    case 'byte[]':
      throw new TypeError(`${field}: expected a file (Blob, {name, data}, Buffer or fileFromPath(...))`);
    case 'Json':
      return typeof value === 'string' ? value : toJsonText(value, undefined, field);
    case 'Field List':
      return Array.isArray(value) ? value.join(',') : String(value);
    default:
      break;
  }
  // By value (also `String` fields given a non-string).
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return Number.isInteger(value) ? encodeInteger(value, field) : encodeDecimal(value, field);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return formatTopDate(value);
  if (Array.isArray(value) && value.every(isScalarValue))
    return value.map((v, i) => String(encodeParam(v, undefined, `${field}[${i}]`))).join(',');
  return toJsonText(value, undefined, field);
}

/** Serializes an API request object; blank values are dropped (neither signed nor sent). */
export function serializeParams(params: object, schema?: ObjectSchema): TopParams {
  const out: TopParams = {};
  for (const [k, v] of Object.entries(params)) {
    const encoded = encodeParam(v, schema?.[k], k);
    if (encoded !== undefined && !(typeof encoded === 'string' && encoded.trim() === '')) out[k] = encoded;
  }
  return out;
}
